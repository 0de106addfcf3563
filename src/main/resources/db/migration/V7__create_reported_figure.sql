-- A value for a tender as one source reported it. Sources disagree, so all are kept.
create table reported_figure (
    id                  bigserial primary key,
    tender_id           bigint         not null references tender (id) on delete cascade,
    source_id           bigint         not null references source (id),
    value_low           numeric(17, 2),
    value_high          numeric(17, 2),
    value_high_open     boolean        not null default false,
    value_basis         varchar(10)    not null,
    duration_min_months int,
    duration_max_months int,
    note                varchar(1000),
    constraint reported_figure_basis_ck check (value_basis in ('TOTAL', 'ANNUAL')),
    constraint reported_figure_value_ck check (
        (value_low is not null or value_high is not null)
        and (value_low is null or value_low >= 0)
        and (value_high is null or value_high >= 0)
        and (value_low is null or value_high is null or value_low <= value_high))
);
create index reported_figure_tender_idx on reported_figure (tender_id);
create index reported_figure_source_idx on reported_figure (source_id);
