-- A bidder's part in a tender. One bidder may hold several roles on one tender
-- (for example, withdrew a standalone bid and joined a consortium).
create table bid (
    id        bigserial primary key,
    tender_id bigint       not null references tender (id) on delete cascade,
    bidder_id bigint       not null references bidder (id),
    role      varchar(30)  not null,
    note      varchar(1000),
    source_id bigint references source (id),
    version   bigint       not null default 0,
    constraint bid_role_ck check (role in
        ('BIDDER', 'WITHDREW', 'PREFERRED_BIDDER', 'AWARDED', 'CONSORTIUM_LEAD', 'CONSORTIUM_MEMBER')),
    constraint bid_uq unique (tender_id, bidder_id, role)
);
create index bid_bidder_idx on bid (bidder_id);
create index bid_source_idx on bid (source_id);
