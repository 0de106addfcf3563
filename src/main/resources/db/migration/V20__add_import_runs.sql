-- Each run of the importer: what it read, how far it got and what it did. Its id is the
-- "who" of every change it makes ("import run 12" in the audit). Spring Batch keeps the
-- restart points in its own tables; this is what people read.
create table import_run (
    id               bigserial primary key,
    kind             varchar(10)   not null,
    label            varchar(500)  not null,
    fingerprint      varchar(64)   not null,
    files            text          not null,
    started_by       varchar(60)   not null,
    started_at       timestamptz   not null default now(),
    finished_at      timestamptz,
    status           varchar(10)   not null default 'RUNNING',
    job_execution_id bigint,
    total_bytes      bigint,
    bytes_read       bigint        not null default 0,
    files_read       int           not null default 0,
    releases_read    bigint        not null default 0,
    created          int           not null default 0,
    updated          int           not null default 0,
    unchanged        int           not null default 0,
    events_added     int           not null default 0,
    skipped          int           not null default 0,
    cleaned          int           not null default 0,
    message          varchar(2000),
    constraint import_run_kind_ck check (kind in ('FILES', 'UPLOAD', 'HARVEST')),
    constraint import_run_status_ck check (status in ('RUNNING', 'COMPLETED', 'FAILED'))
);
create index import_run_started_idx on import_run (started_at desc, id desc);
create index import_run_fingerprint_idx on import_run (fingerprint, id desc);

-- What a run skipped, cleaned or noticed, and where in the file it was.
create table import_note (
    id         bigserial primary key,
    run_id     bigint        not null references import_run (id) on delete cascade,
    kind       varchar(10)   not null,
    file       varchar(500),
    position   varchar(200),
    ocid       varchar(100),
    release_id varchar(200),
    reason     varchar(2000) not null,
    constraint import_note_kind_ck check (kind in ('SKIPPED', 'CLEANED', 'DERIVED', 'FILE'))
);
create index import_note_run_idx on import_note (run_id, id);
