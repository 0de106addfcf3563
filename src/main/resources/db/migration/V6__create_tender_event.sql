-- Something that happened, or is expected to happen, to a tender.
create table tender_event (
    id              bigserial primary key,
    tender_id       bigint        not null references tender (id) on delete cascade,
    type            varchar(30)   not null,
    event_date      date          not null,
    date_precision  varchar(10)   not null,
    date_qualifier  varchar(10)   not null default 'ON',
    expected        boolean       not null default false,
    description     varchar(2000) not null,
    version         bigint        not null default 0,
    constraint tender_event_type_ck check (type in
        ('NOTICE_PUBLISHED', 'MARKET_ENGAGEMENT', 'BOARD_DECISION', 'BIDDERS_NAMED', 'BID_DEADLINE',
         'CONSORTIUM_FORMING', 'PREFERRED_BIDDER', 'AWARD', 'CONTRACT_START', 'PAUSE', 'DELAY', 'COLLAPSE',
         'REVIEW', 'CANCELLATION', 'WITHDRAWAL')),
    constraint tender_event_precision_ck check (date_precision in ('DAY', 'MONTH', 'YEAR')),
    constraint tender_event_qualifier_ck check (date_qualifier in ('ON', 'BY'))
);
create index tender_event_tender_idx on tender_event (tender_id, event_date, id);
create index tender_event_date_idx on tender_event (event_date desc, id desc);

create table tender_event_source (
    event_id  bigint not null references tender_event (id) on delete cascade,
    source_id bigint not null references source (id),
    primary key (event_id, source_id)
);
create index tender_event_source_source_idx on tender_event_source (source_id);
