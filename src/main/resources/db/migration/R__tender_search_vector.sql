-- The one definition of tender_search_vector(t), first added in V9 and changed here so that
-- archived commissioners and bidders are left out. Change the function here, never in a new
-- versioned migration: Flyway runs this file again whenever its checksum changes, after all
-- pending versioned migrations (so a versioned migration in the same run still sees the
-- previous definition).
--
-- Keyword search: title (A), then the commissioners and bidders the public can see (B), then
-- description (C). A tender is never found through the name of an archived party. V9's
-- trigger computes the vector on every write of a tender's title, description or vector; the
-- triggers from V9 and V15 recompute it when the tender's commissioners or bids change, or
-- when one of its parties is renamed, archived or restored.
create or replace function tender_search_vector(t tender) returns tsvector language sql stable as $$
    select setweight(to_tsvector('english', coalesce(t.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(c.name, ' ') from tender_commissioner tc
               join commissioner c on c.id = tc.commissioner_id
               where tc.tender_id = t.id and c.archived_at is null), '')), 'B')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(distinct b.name, ' ') from bid join bidder b on b.id = bid.bidder_id
               where bid.tender_id = t.id and b.archived_at is null), '')), 'B')
        || setweight(to_tsvector('english', coalesce(t.description, '')), 'C')
$$;

-- Recompute the vectors this definition changes: those of tenders with an archived party (none
-- on a new database). It runs here, not in V15, because V15 runs before this file and would
-- still compute with V9's definition. If a later change to the function alters other vectors,
-- widen this update to cover them.
update tender set search_vector = null
where id in (select tc.tender_id from tender_commissioner tc join commissioner c on c.id = tc.commissioner_id
             where c.archived_at is not null
             union
             select bid.tender_id from bid join bidder b on b.id = bid.bidder_id where b.archived_at is not null);
