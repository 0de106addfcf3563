-- An imported process that looks like a tender already kept (a shared buyer, a similar
-- title, values that overlap), found when the import created it. An admin merges the two
-- or keeps them apart; nothing is ever merged without that decision.
create table possible_match (
    id                 bigserial primary key,
    imported_tender_id bigint        not null references tender (id) on delete cascade,
    existing_tender_id bigint        not null references tender (id) on delete cascade,
    score              numeric(4, 3) not null,
    reasons            varchar(1000) not null,
    found_by_run       bigint references import_run (id) on delete set null,
    found_at           timestamptz   not null default now(),
    status             varchar(12)   not null default 'OPEN',
    decided_by         varchar(60),
    decided_at         timestamptz,
    constraint possible_match_pair_uq unique (imported_tender_id, existing_tender_id),
    constraint possible_match_pair_ck check (imported_tender_id <> existing_tender_id),
    constraint possible_match_status_ck check (status in ('OPEN', 'MERGED', 'KEPT_APART')),
    constraint possible_match_decided_ck check ((status = 'OPEN') = (decided_at is null))
);
create index possible_match_open_idx on possible_match (found_at desc, id desc) where status = 'OPEN';
create index possible_match_existing_idx on possible_match (existing_tender_id);
-- A later release of a merged process finds the tender it was merged into.
create index possible_match_merged_idx on possible_match (imported_tender_id) where status = 'MERGED';
-- A buyer's newest tenders, read from the index alone when an import looks for matches.
create index tender_commissioner_buyer_tender_idx on tender_commissioner (commissioner_id, tender_id);
-- Tenders no notice has given (news reports, admin entries), which notices most often match.
create index tender_without_ocid_idx on tender (id) where ocid is null and archived_at is null;
