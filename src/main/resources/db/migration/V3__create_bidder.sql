-- An organisation that bids: trust, company, joint venture or consortium.
create table bidder (
    id           bigserial primary key,
    name         varchar(200)   not null,
    type         varchar(30)    not null,
    former_names varchar(200)[] not null default '{}',
    description  varchar(1000),
    version      bigint         not null default 0,
    constraint bidder_type_ck check (type in
        ('NHS_TRUST', 'NHS_FOUNDATION_TRUST', 'PRIVATE_COMPANY', 'LLP_JOINT_VENTURE', 'CONSORTIUM', 'THIRD_SECTOR'))
);
create unique index bidder_name_uq on bidder (lower(name));

-- Members of a consortium or joint venture; one member may be its lead.
create table bidder_member (
    consortium_id bigint  not null references bidder (id) on delete cascade,
    member_id     bigint  not null references bidder (id),
    lead          boolean not null default false,
    primary key (consortium_id, member_id),
    constraint bidder_member_self_ck check (consortium_id <> member_id)
);
create index bidder_member_member_idx on bidder_member (member_id);
