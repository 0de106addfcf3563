-- Archiving or restoring a commissioner or bidder takes its name out of, or back into, the
-- search vectors of its tenders (tender_search_vector() in R__tender_search_vector.sql leaves
-- archived parties out). V9's renaming triggers become one trigger per table that fires on
-- either change. V9's functions already recompute the vectors of all the party's tenders in
-- one update, so they serve both. Re-archiving (one timestamp to another) changes nothing
-- the public sees, so it does not fire.
drop trigger commissioner_rename_search_trg on commissioner;
create trigger commissioner_search_trg after update of name, archived_at on commissioner
    for each row
    when (old.name is distinct from new.name or (old.archived_at is null) <> (new.archived_at is null))
    execute function commissioner_rename_search();

drop trigger bidder_rename_search_trg on bidder;
create trigger bidder_search_trg after update of name, archived_at on bidder
    for each row
    when (old.name is distinct from new.name or (old.archived_at is null) <> (new.archived_at is null))
    execute function bidder_rename_search();
