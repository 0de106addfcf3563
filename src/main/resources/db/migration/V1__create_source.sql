-- An article or notice that reports facts about tenders.
create table source (
    id                  bigserial primary key,
    publication         varchar(200)  not null,
    published_on        date          not null,
    published_precision varchar(10)   not null,
    title               varchar(300)  not null,
    summary             varchar(2000) not null,
    citation            varchar(300),
    url                 varchar(500),
    version             bigint        not null default 0,
    constraint source_published_precision_ck check (published_precision in ('DAY', 'MONTH', 'YEAR')),
    constraint source_url_ck check (url is null or url ~ '^https?://')
);

-- A person a source quotes, with the role the source gives them.
create table source_person (
    id        bigserial primary key,
    source_id bigint       not null references source (id) on delete cascade,
    name      varchar(200) not null,
    role      varchar(300) not null,
    position  int          not null default 0
);
create index source_person_source_idx on source_person (source_id);
