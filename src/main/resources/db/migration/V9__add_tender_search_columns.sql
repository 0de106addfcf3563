-- Columns that let analysts filter and sort a million tenders without joins on the hot path.
--
-- total_* and annual_* put every value on both bases as a range [low, high], where a null
-- high means unbounded ("over £1bn", "at least £50m"). A null low on a known value ("up to
-- £5bn") counts as zero. Where a figure cannot be converted (per-year with no duration) both
-- are null. *_derived says the figure was computed from the other basis.
alter table tender
    add column total_low numeric(19, 2) generated always as (
        case when value_basis = 'TOTAL' then coalesce(value_low, 0)
             when value_basis = 'ANNUAL' and coalesce(duration_min_months, duration_max_months) is not null
                 then round(coalesce(value_low, 0) * coalesce(duration_min_months, duration_max_months) / 12.0, 2)
        end) stored,
    add column total_high numeric(19, 2) generated always as (
        case when value_high_open then null
             when value_basis = 'TOTAL' then value_high
             when value_basis = 'ANNUAL' and coalesce(duration_min_months, duration_max_months) is not null
                 then round(value_high * coalesce(duration_max_months, duration_min_months) / 12.0, 2)
        end) stored,
    add column total_derived boolean generated always as (value_basis = 'ANNUAL') stored,
    add column annual_low numeric(19, 2) generated always as (
        case when value_basis = 'ANNUAL' then coalesce(value_low, 0)
             when value_basis = 'TOTAL' and coalesce(duration_max_months, duration_min_months) is not null
                 then round(coalesce(value_low, 0) * 12.0 / coalesce(duration_max_months, duration_min_months), 2)
        end) stored,
    add column annual_high numeric(19, 2) generated always as (
        case when value_high_open then null
             when value_basis = 'ANNUAL' then value_high
             when value_basis = 'TOTAL' and coalesce(duration_min_months, duration_max_months) is not null
                 then round(value_high * 12.0 / coalesce(duration_min_months, duration_max_months), 2)
        end) stored,
    add column annual_derived boolean generated always as (value_basis = 'TOTAL') stored,
    add column search_vector tsvector,
    add column latest_event_date date,
    add column latest_event_type varchar(30),
    add column latest_event_precision varchar(10),
    add column latest_event_qualifier varchar(10);

-- Keyword search: title (A), then commissioners and bidders (B), then description (C).
create function tender_search_vector(t tender) returns tsvector language sql stable as $$
    select setweight(to_tsvector('english', coalesce(t.title, '')), 'A')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(c.name, ' ') from tender_commissioner tc
               join commissioner c on c.id = tc.commissioner_id where tc.tender_id = t.id), '')), 'B')
        || setweight(to_tsvector('english', coalesce((
               select string_agg(distinct b.name, ' ') from bid join bidder b on b.id = bid.bidder_id
               where bid.tender_id = t.id), '')), 'B')
        || setweight(to_tsvector('english', coalesce(t.description, '')), 'C')
$$;

create function tender_before_write() returns trigger language plpgsql as $$
begin
    new.search_vector := tender_search_vector(new);
    return new;
end $$;

create trigger tender_search_vector_trg before insert or update of title, description, search_vector
    on tender for each row execute function tender_before_write();

-- A change to a tender's commissioners or bids recomputes its vector (by touching the row).
create function tender_touch_search() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        update tender set search_vector = null where id = new.tender_id;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        update tender set search_vector = null where id = old.tender_id;
    end if;
    return null;
end $$;

create trigger tender_commissioner_search_trg after insert or update or delete on tender_commissioner
    for each row execute function tender_touch_search();
create trigger bid_search_trg after insert or update of bidder_id, tender_id or delete on bid
    for each row execute function tender_touch_search();

-- Renaming a commissioner or bidder recomputes the vectors of its tenders.
create function commissioner_rename_search() returns trigger language plpgsql as $$
begin
    update tender set search_vector = null
    where id in (select tender_id from tender_commissioner where commissioner_id = new.id);
    return null;
end $$;
create trigger commissioner_rename_search_trg after update of name on commissioner
    for each row when (old.name is distinct from new.name) execute function commissioner_rename_search();

create function bidder_rename_search() returns trigger language plpgsql as $$
begin
    update tender set search_vector = null where id in (select tender_id from bid where bidder_id = new.id);
    return null;
end $$;
create trigger bidder_rename_search_trg after update of name on bidder
    for each row when (old.name is distinct from new.name) execute function bidder_rename_search();

-- The latest event that has happened, kept on the tender for sorting and display.
create function tender_refresh_latest_event(target bigint) returns void language sql as $$
    update tender t set latest_event_date = e.event_date, latest_event_type = e.type,
                        latest_event_precision = e.date_precision, latest_event_qualifier = e.date_qualifier
    from (select null::int as dummy) d
    left join lateral (
        select event_date, type, date_precision, date_qualifier from tender_event
        where tender_id = target and not expected order by event_date desc, id desc limit 1) e on true
    where t.id = target
$$;

create function tender_event_changed() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        perform tender_refresh_latest_event(new.tender_id);
    end if;
    if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.tender_id <> new.tender_id) then
        perform tender_refresh_latest_event(old.tender_id);
    end if;
    return null;
end $$;

create trigger tender_event_latest_trg after insert or update or delete on tender_event
    for each row execute function tender_event_changed();

-- Fill the new columns for rows that already exist.
update tender set search_vector = null;
select tender_refresh_latest_event(id) from tender;

create index tender_search_vector_idx on tender using gin (search_vector);
create index tender_latest_idx on tender (latest_event_date desc nulls last, id desc);
create index tender_total_low_idx on tender (total_low, id);
create index tender_title_idx on tender (lower(title), id);
create index tender_nhs_region_idx on tender (nhs_region);
create index tender_itl_region_idx on tender (itl_region);
create index tender_event_type_idx on tender_event (type, tender_id);
create index tender_event_tender_date_idx on tender_event (event_date, tender_id);
create index tender_service_area_area_idx on tender_service_area (service_area, tender_id);
create index bid_bidder_tender_idx on bid (bidder_id, tender_id);
create index commissioner_name_prefix_idx on commissioner (lower(name) text_pattern_ops);
create index bidder_name_prefix_idx on bidder (lower(name) text_pattern_ops);
