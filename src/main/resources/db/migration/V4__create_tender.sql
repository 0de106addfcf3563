-- A contract opportunity. Its value columns hold the headline figure; every figure a
-- source reported is kept in reported_figure. Status is derived from its events.
create table tender (
    id                  bigserial primary key,
    title               varchar(300)   not null,
    description         varchar(4000)  not null,
    contract_model      varchar(30),
    nhs_region          varchar(40),
    itl_region          varchar(3),
    parent_id           bigint references tender (id),
    status              varchar(20)    not null default 'PLANNED',
    value_low           numeric(17, 2),
    value_high          numeric(17, 2),
    value_high_open     boolean        not null default false,
    value_basis         varchar(10),
    duration_min_months int,
    duration_max_months int,
    version             bigint         not null default 0,
    constraint tender_status_ck check (status in
        ('PLANNED', 'OPEN', 'PREFERRED_BIDDER', 'AWARDED', 'PAUSED', 'DELAYED', 'COLLAPSED', 'CANCELLED')),
    constraint tender_contract_model_ck check (contract_model in
        ('LEAD_PROVIDER', 'PRIME_CONTRACTOR', 'MCP_ACCOUNTABLE_CARE', 'CONSORTIUM', 'OTHER')),
    constraint tender_value_basis_ck check (value_basis in ('TOTAL', 'ANNUAL')),
    constraint tender_value_ck check (
        (value_low is null or value_low >= 0)
        and (value_high is null or value_high >= 0)
        and (value_low is null or value_high is null or value_low <= value_high)
        and ((value_low is null and value_high is null) = (value_basis is null))),
    constraint tender_duration_ck check (
        (duration_min_months is null or duration_min_months > 0)
        and (duration_max_months is null or duration_max_months > 0)
        and (duration_min_months is null or duration_max_months is null or duration_min_months <= duration_max_months)),
    constraint tender_parent_ck check (parent_id is null or parent_id <> id)
);
create index tender_parent_idx on tender (parent_id);
create index tender_status_idx on tender (status);

create table tender_service_area (
    tender_id    bigint      not null references tender (id) on delete cascade,
    service_area varchar(30) not null,
    primary key (tender_id, service_area)
);

create table tender_commissioner (
    tender_id       bigint not null references tender (id) on delete cascade,
    commissioner_id bigint not null references commissioner (id),
    primary key (tender_id, commissioner_id)
);
create index tender_commissioner_commissioner_idx on tender_commissioner (commissioner_id);

-- Sources that mention a tender at all (figures and events link to sources directly too).
create table tender_source (
    tender_id bigint not null references tender (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (tender_id, source_id)
);
create index tender_source_source_idx on tender_source (source_id);
