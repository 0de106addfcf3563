-- The harvest from the portals (Contracts Finder, Find a Tender): how far it has got on
-- each, so that a restart carries on from the next page rather than reading again the
-- pages already imported.
create table harvest_state (
    source        varchar(20)   primary key,
    -- The page to read next, or null when the last window was read to its end.
    next_url      varchar(2000),
    -- The window of publication (or update) dates being read, in UTC.
    window_from   timestamptz,
    window_to     timestamptz,
    pages_read    bigint        not null default 0,
    last_run_id   bigint        references import_run (id) on delete set null,
    last_success  timestamptz,
    last_error    varchar(2000),
    last_error_at timestamptz,
    updated_at    timestamptz   not null default now(),
    constraint harvest_state_source_ck check (source in ('CONTRACTS_FINDER', 'FIND_A_TENDER'))
);

-- Releases a run left out on purpose: the harvest keeps only health buyers by default.
alter table import_run add column left_out int not null default 0;

-- ShedLock's table: one harvest at a time, across every instance of the application.
create table shedlock (
    name       varchar(64)  primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
