-- Summaries of any result, however large.
--
-- 1. Each tender carries its service areas and the types of event it has had as bit masks,
--    kept by triggers, so those filters and their facets need no join.
-- 2. tender_cube holds counts and summed values grouped by every filter a tender can be
--    picked by without a keyword, value, party or date: NHS region, ITL1 region, status,
--    service areas and event types. A result filtered only on those is summarised from a
--    few thousand cube rows instead of a million tenders.
-- 3. search_state.data_version goes up with every statement that changes tenders, their
--    events or their service areas. The cube records the version it was built from, and is
--    used only while the two agree; otherwise the app summarises the tenders themselves and
--    rebuilds the cube in the background.

-- Bit positions. The app passes names, never bits, so only these two lists fix the order.
create function search_area_bit(area text) returns int language sql immutable parallel safe as $$
    select array_position(array['OLDER_PEOPLE', 'COMMUNITY', 'MUSCULOSKELETAL', 'CANCER', 'END_OF_LIFE',
        'INTEGRATED_CARE', 'PRIMARY_CARE', 'MATERNITY', 'MENTAL_HEALTH', 'OTHER']::text[], area) - 1
$$;

create function search_event_bit(event_type text) returns int language sql immutable parallel safe as $$
    select array_position(array['NOTICE_PUBLISHED', 'MARKET_ENGAGEMENT', 'BOARD_DECISION', 'BIDDERS_NAMED',
        'BID_DEADLINE', 'CONSORTIUM_FORMING', 'PREFERRED_BIDDER', 'AWARD', 'CONTRACT_START', 'PAUSE', 'DELAY',
        'COLLAPSE', 'REVIEW', 'CANCELLATION', 'WITHDRAWAL']::text[], event_type) - 1
$$;

-- The mask of a list of names; unknown names add nothing.
create function search_area_mask(areas text[]) returns int language sql immutable parallel safe as $$
    select coalesce(bit_or(1 << search_area_bit(a)), 0) from unnest(areas) a where search_area_bit(a) is not null
$$;

create function search_event_mask(event_types text[]) returns int language sql immutable parallel safe as $$
    select coalesce(bit_or(1 << search_event_bit(e)), 0) from unnest(event_types) e
    where search_event_bit(e) is not null
$$;

-- The names in a mask, for facets.
create function search_area_names(mask int) returns setof text language sql immutable parallel safe as $$
    select a from unnest(array['OLDER_PEOPLE', 'COMMUNITY', 'MUSCULOSKELETAL', 'CANCER', 'END_OF_LIFE',
        'INTEGRATED_CARE', 'PRIMARY_CARE', 'MATERNITY', 'MENTAL_HEALTH', 'OTHER']::text[]) with ordinality as n(a, i)
    where mask & (1 << (i::int - 1)) <> 0
$$;

-- The upper figure a summed value adds up: the stated upper bound on the chosen basis even
-- when it is open ("£750m to over £1bn" adds £1bn), else the lower bound ("at least £50m").
create function search_upper_total(basis varchar, high numeric, min_months int, max_months int, total_low numeric)
    returns numeric language sql immutable parallel safe as $$
    select coalesce(case basis when 'TOTAL' then high
                               when 'ANNUAL' then round(high * coalesce(max_months, min_months) / 12.0, 2) end,
                    total_low)
$$;

create function search_upper_annual(basis varchar, high numeric, min_months int, max_months int, annual_low numeric)
    returns numeric language sql immutable parallel safe as $$
    select coalesce(case basis when 'ANNUAL' then high
                               when 'TOTAL' then round(high * 12.0 / coalesce(min_months, max_months), 2) end,
                    annual_low)
$$;

alter table tender
    add column area_mask int not null default 0,
    add column event_mask int not null default 0;

create function tender_area_mask(target bigint) returns int language sql stable as $$
    select coalesce(bit_or(1 << search_area_bit(service_area)), 0) from tender_service_area where tender_id = target
$$;

create function tender_event_mask(target bigint) returns int language sql stable as $$
    select coalesce(bit_or(1 << search_event_bit(type)), 0) from tender_event where tender_id = target and not expected
$$;

create function tender_service_area_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        update tender set area_mask = tender_area_mask(new.tender_id) where id = new.tender_id;
    end if;
    if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.tender_id <> new.tender_id) then
        update tender set area_mask = tender_area_mask(old.tender_id) where id = old.tender_id;
    end if;
    return null;
end $$;

create trigger tender_service_area_mask_trg after insert or update or delete on tender_service_area
    for each row execute function tender_service_area_changed();

-- The event trigger from V9 already refreshes the latest event; the mask is kept in the same
-- update.
create or replace function tender_refresh_latest_event(target bigint) returns void language sql as $$
    update tender t set latest_event_date = e.event_date, latest_event_type = e.type,
                        latest_event_precision = e.date_precision, latest_event_qualifier = e.date_qualifier,
                        event_mask = tender_event_mask(target)
    from (select null::int as dummy) d
    left join lateral (
        select event_date, type, date_precision, date_qualifier from tender_event
        where tender_id = target and not expected order by event_date desc, id desc limit 1) e on true
    where t.id = target
$$;

with areas as (
    select tender_id, bit_or(1 << search_area_bit(service_area)) as mask from tender_service_area group by tender_id
), events as (
    select tender_id, bit_or(1 << search_event_bit(type)) as mask from tender_event where not expected
    group by tender_id
)
update tender t set area_mask = coalesce(areas.mask, 0), event_mask = coalesce(events.mask, 0)
from tender src
left join areas on areas.tender_id = src.id
left join events on events.tender_id = src.id
where src.id = t.id and (areas.mask is not null or events.mask is not null);

-- The version of the data the searches read.
create table search_state (
    id           int    primary key check (id = 1),
    data_version bigint not null
);
insert into search_state values (1, 1);

create function search_data_changed() returns trigger language plpgsql as $$
begin
    update search_state set data_version = data_version + 1 where id = 1;
    return null;
end $$;

create trigger tender_search_state_trg after insert or update or delete or truncate on tender
    for each statement execute function search_data_changed();
create trigger tender_event_search_state_trg after insert or update or delete or truncate on tender_event
    for each statement execute function search_data_changed();
create trigger tender_service_area_search_state_trg after insert or update or delete or truncate
    on tender_service_area for each statement execute function search_data_changed();

-- Tenders and their summed values by every cube dimension. Sums leave out a programme split
-- into lots, which is counted through its lots; *_valued counts every tender with a value.
create table tender_cube (
    nhs_region    varchar(40),
    itl_region    varchar(3),
    status        varchar(20) not null,
    area_mask     int         not null,
    event_mask    int         not null,
    tenders       int         not null,
    total_valued  int         not null,
    total_low     numeric,
    total_upper   numeric,
    total_open    boolean     not null,
    annual_valued int         not null,
    annual_low    numeric,
    annual_upper  numeric,
    annual_open   boolean     not null
);

-- Events that happened, by year and the same dimensions.
create table tender_cube_year (
    nhs_region varchar(40),
    itl_region varchar(3),
    status     varchar(20) not null,
    area_mask  int         not null,
    event_mask int         not null,
    year       int         not null,
    events     int         not null
);

create table tender_cube_state (
    id            int    primary key check (id = 1),
    built_version bigint not null,
    built_at      timestamptz,
    build_millis  bigint
);
insert into tender_cube_state values (1, 0, null, null);

-- Rebuilds the cube and returns the data version it reflects. One rebuild runs at a time;
-- searches read the old cube until the new one commits. The version is read before the
-- tenders, so a change made during the rebuild leaves the cube marked out of date.
create function refresh_tender_cube() returns bigint language plpgsql as $$
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
    from (select tender.*, not exists (select 1 from tender lot where lot.parent_id = tender.id) as leaf
          from tender) t
    group by t.nhs_region, t.itl_region, t.status, t.area_mask, t.event_mask;
    insert into tender_cube_year
    select t.nhs_region, t.itl_region, t.status, t.area_mask, t.event_mask,
           extract(year from e.event_date)::int, count(*)
    from tender t join tender_event e on e.tender_id = t.id and not e.expected
    group by 1, 2, 3, 4, 5, 6;
    update tender_cube_state
    set built_version = version, built_at = now(),
        build_millis = (extract(epoch from clock_timestamp() - started) * 1000)::bigint
    where id = 1;
    return version;
end $$;

select refresh_tender_cube();
