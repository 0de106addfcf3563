-- People who may sign in to enter and correct data. Passwords are stored as
-- DelegatingPasswordEncoder hashes ("{bcrypt}..."); there is no default account in the
-- schema: the application creates the first admin on its first start.
create table app_user (
    id                  bigserial primary key,
    username            varchar(60)  not null,
    display_name        varchar(100) not null,
    password_hash       varchar(200) not null,
    role                varchar(10)  not null,
    enabled             boolean      not null default true,
    created_at          timestamptz  not null default now(),
    password_changed_at timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint app_user_role_ck check (role in ('ADMIN', 'EDITOR')),
    constraint app_user_username_ck check (username ~ '^[a-z0-9][a-z0-9._-]*$')
);
create unique index app_user_username_uq on app_user (lower(username));

-- Every sign-in attempt, by the name typed (lower-cased), whether or not it exists.
-- Five failures within 15 minutes, with no success since, lock the name.
create table sign_in_attempt (
    id           bigserial primary key,
    username     varchar(60) not null,
    attempted_at timestamptz not null default now(),
    succeeded    boolean     not null
);
create index sign_in_attempt_username_idx on sign_in_attempt (username, attempted_at desc);

-- Who changed what, field by field, written in the same transaction as the change.
-- entity_version is the record's optimistic-locking version after the change.
create table audit_record (
    id           bigserial primary key,
    recorded_at  timestamptz  not null default now(),
    actor        varchar(60)  not null,
    action       varchar(10)  not null,
    entity_type  varchar(20)  not null,
    entity_id    bigint       not null,
    entity_label varchar(300) not null,
    entity_version bigint,
    tender_id    bigint,
    changes      jsonb        not null default '[]',
    constraint audit_record_action_ck check (action in ('CREATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'DELETE')),
    constraint audit_record_entity_ck check (entity_type in
        ('TENDER', 'COMMISSIONER', 'BIDDER', 'SOURCE', 'BID', 'EVENT', 'FIGURE', 'USER'))
);
create index audit_record_recorded_idx on audit_record (recorded_at desc, id desc);
create index audit_record_entity_idx on audit_record (entity_type, entity_id, recorded_at desc);
create index audit_record_tender_idx on audit_record (tender_id, recorded_at desc) where tender_id is not null;
create index audit_record_actor_idx on audit_record (actor, recorded_at desc);

-- Deleting archives: an archived record leaves the public pages and can be restored.
alter table tender add column archived_at timestamptz;
alter table commissioner add column archived_at timestamptz;
alter table bidder add column archived_at timestamptz;
alter table source add column archived_at timestamptz;

-- The summary cube counts only tenders the public can see.
create or replace function refresh_tender_cube() returns bigint language plpgsql as $$
declare
    version bigint;
    started timestamptz := clock_timestamp();
begin
    lock table tender_cube_state in exclusive mode;
    select data_version into version from search_state where id = 1;
    delete from tender_cube;
    delete from tender_cube_year;
    insert into tender_cube
    select t.nhs_region, t.itl_region, t.status, t.area_mask, t.event_mask, count(*),
           count(t.total_low),
           sum(t.total_low) filter (where t.leaf),
           sum(search_upper_total(t.value_basis, t.value_high, t.duration_min_months, t.duration_max_months,
               t.total_low)) filter (where t.leaf),
           coalesce(bool_or(t.total_low is not null and t.total_high is null) filter (where t.leaf), false),
           count(t.annual_low),
           sum(t.annual_low) filter (where t.leaf),
           sum(search_upper_annual(t.value_basis, t.value_high, t.duration_min_months, t.duration_max_months,
               t.annual_low)) filter (where t.leaf),
           coalesce(bool_or(t.annual_low is not null and t.annual_high is null) filter (where t.leaf), false)
    from (select tender.*,
                 not exists (select 1 from tender lot where lot.parent_id = tender.id and lot.archived_at is null)
                     as leaf
          from tender where tender.archived_at is null) t
    group by t.nhs_region, t.itl_region, t.status, t.area_mask, t.event_mask;
    insert into tender_cube_year
    select t.nhs_region, t.itl_region, t.status, t.area_mask, t.event_mask,
           extract(year from e.event_date)::int, count(*)
    from tender t join tender_event e on e.tender_id = t.id and not e.expected
    where t.archived_at is null
    group by 1, 2, 3, 4, 5, 6;
    update tender_cube_state
    set built_version = version, built_at = now(),
        build_millis = (extract(epoch from clock_timestamp() - started) * 1000)::bigint
    where id = 1;
    return version;
end $$;
