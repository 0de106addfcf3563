-- A body that buys services: CCG, ICB, NHS England team, local authority, trust.
create table commissioner (
    id             bigserial primary key,
    name           varchar(200) not null,
    type           varchar(30)  not null,
    nhs_region     varchar(40),
    itl_region     varchar(3),
    ods_code       varchar(10),
    abolished      boolean      not null default false,
    abolished_on   date,
    successor_id   bigint references commissioner (id),
    notes          varchar(1000),
    version        bigint       not null default 0,
    constraint commissioner_type_ck check (type in
        ('CCG', 'ICB', 'NHS_ENGLAND_NATIONAL', 'NHS_ENGLAND_REGIONAL', 'LOCAL_AUTHORITY', 'NHS_TRUST', 'OTHER')),
    constraint commissioner_abolished_ck check (abolished or abolished_on is null),
    constraint commissioner_successor_ck check (successor_id is null or successor_id <> id)
);
create unique index commissioner_name_uq on commissioner (lower(name));
create index commissioner_successor_idx on commissioner (successor_id);
