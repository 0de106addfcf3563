-- Open data: what OCDS notices bring that news articles did not.

-- A tender's contracting process as the portals know it (its ocid), how it is bought, and
-- its lot when it is one lot of a parent process.
alter table tender
    add column ocid                       varchar(100),
    add column lot_id                     varchar(100),
    add column procurement_method         varchar(20),
    add column procurement_method_details varchar(300),
    add column suitable_sme               boolean,
    add column suitable_vcse              boolean,
    add column framework                  boolean,
    add constraint tender_procurement_method_ck check (procurement_method in ('OPEN', 'SELECTIVE', 'LIMITED', 'DIRECT'));
-- One tender per process, and one per lot of a process.
create unique index tender_ocid_uq on tender (ocid, coalesce(lot_id, '')) where ocid is not null;

-- What is bought, as CPV codes. The label is the one the notices gave.
-- The labels of CPV codes, as the notices gave them.
create table cpv_code (
    code  varchar(8)   primary key,
    label varchar(300) not null,
    constraint cpv_code_ck check (code ~ '^[0-9]{8}$')
);

create table tender_cpv (
    tender_id bigint     not null references tender (id) on delete cascade,
    code      varchar(8) not null,
    primary key (tender_id, code),
    constraint tender_cpv_code_ck check (code ~ '^[0-9]{8}$')
);
create index tender_cpv_code_idx on tender_cpv (code text_pattern_ops, tender_id);

-- A notice is a source like an article, with what identifies it on its portal.
alter table source
    add column ocid       varchar(100),
    add column release_id varchar(200),
    add column notice_id  varchar(200),
    add column release_tags varchar(200),
    add column id_derived boolean not null default false,
    add constraint source_release_ck check ((ocid is null) = (release_id is null));
create unique index source_release_uq on source (ocid, release_id) where ocid is not null;

-- How organisations are identified in open data: a scheme from org-id.guide and an id.
-- A name key (lower case, punctuation and common words folded) finds the same body under
-- slightly different spellings.
create table commissioner_identifier (
    commissioner_id bigint       not null references commissioner (id) on delete cascade,
    scheme          varchar(40)  not null,
    identifier      varchar(100) not null,
    primary key (scheme, identifier)
);
create index commissioner_identifier_commissioner_idx on commissioner_identifier (commissioner_id);

create table bidder_identifier (
    bidder_id  bigint       not null references bidder (id) on delete cascade,
    scheme     varchar(40)  not null,
    identifier varchar(100) not null,
    primary key (scheme, identifier)
);
create index bidder_identifier_bidder_idx on bidder_identifier (bidder_id);

alter table commissioner add column name_key varchar(200);
alter table bidder add column name_key varchar(200);
create index commissioner_name_key_idx on commissioner (name_key);
create index bidder_name_key_idx on bidder (name_key);

-- A figure in a currency other than pounds is kept as reported and never summed as pounds.
alter table reported_figure add column currency varchar(3) not null default 'GBP',
    add constraint reported_figure_currency_ck check (currency ~ '^[A-Z]{3}$');

-- What open data adds to a tender's life: amendments, a signed contract, its end, and a
-- contract ended early; and a bid that lost.
alter table tender_event drop constraint tender_event_type_ck,
    add constraint tender_event_type_ck check (type in
        ('NOTICE_PUBLISHED', 'MARKET_ENGAGEMENT', 'BOARD_DECISION', 'BIDDERS_NAMED', 'BID_DEADLINE',
         'CONSORTIUM_FORMING', 'PREFERRED_BIDDER', 'AWARD', 'CONTRACT_START', 'PAUSE', 'DELAY', 'COLLAPSE',
         'REVIEW', 'CANCELLATION', 'WITHDRAWAL', 'AMENDMENT', 'CONTRACT_SIGNED', 'CONTRACT_END', 'TERMINATION'));
alter table bid drop constraint bid_role_ck,
    add constraint bid_role_ck check (role in
        ('BIDDER', 'WITHDREW', 'PREFERRED_BIDDER', 'AWARDED', 'UNSUCCESSFUL', 'CONSORTIUM_LEAD', 'CONSORTIUM_MEMBER'));

alter table audit_record drop constraint audit_record_entity_ck,
    add constraint audit_record_entity_ck check (entity_type in
        ('TENDER', 'COMMISSIONER', 'BIDDER', 'SOURCE', 'BID', 'EVENT', 'FIGURE', 'USER'));

-- The seeded tenders get an ocid under our own prefix when they are exported; the
-- prefix is configuration, so nothing is stored for them here.

-- The new event types take the next bits; existing bits keep their places.
create or replace function search_event_bit(event_type text) returns int language sql immutable parallel safe as $$
    select array_position(array['NOTICE_PUBLISHED', 'MARKET_ENGAGEMENT', 'BOARD_DECISION', 'BIDDERS_NAMED',
        'BID_DEADLINE', 'CONSORTIUM_FORMING', 'PREFERRED_BIDDER', 'AWARD', 'CONTRACT_START', 'PAUSE', 'DELAY',
        'COLLAPSE', 'REVIEW', 'CANCELLATION', 'WITHDRAWAL', 'AMENDMENT', 'CONTRACT_SIGNED', 'CONTRACT_END',
        'TERMINATION']::text[], event_type) - 1
$$;
