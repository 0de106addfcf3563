-- E-mail alerts: an address that follows a search (its filters as a canonical query string).
-- confirmed_at is null until the address confirms; last_happened is the number of the
-- newest event the address has been sent (tender_event.happened_seq).
create table alert_subscription (
    id            bigserial    primary key,
    email         varchar(320) not null,
    query         text         not null,
    created_at    timestamptz  not null default now(),
    confirmed_at  timestamptz,
    last_happened bigint       not null default 0
);

create unique index alert_subscription_email_query_key on alert_subscription (lower(email), query);
create index alert_subscription_confirmed_idx on alert_subscription (query, last_happened)
    where confirmed_at is not null;
create index alert_subscription_pending_idx on alert_subscription (created_at) where confirmed_at is null;

-- The links in alert e-mails: only a SHA-256 hash of each token is kept.
create table alert_token (
    hash            bytea       primary key,
    subscription_id bigint      not null references alert_subscription (id) on delete cascade,
    purpose         varchar(11) not null check (purpose in ('CONFIRM', 'UNSUBSCRIBE')),
    created_at      timestamptz not null default now()
);

create index alert_token_subscription_idx on alert_token (subscription_id);
create index alert_token_created_idx on alert_token (created_at);
