-- The one definition of refresh_tender_cube(), first added in V11 and changed in V13.
-- Change the function here, never in a new versioned migration: Flyway runs this file again
-- whenever its checksum changes, after all pending versioned migrations (so a versioned
-- migration in the same run still sees the previous definition).
--
-- Rebuilds the summary cube and returns the data version it reflects. One rebuild runs at a
-- time; searches read the old cube until the new one commits. The version is read before the
-- tenders, so a change made during the rebuild leaves the cube marked out of date. The cube
-- counts only tenders the public can see.
create or replace function refresh_tender_cube() returns bigint language plpgsql as $$
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
    from (select tender.*,
                 not exists (select 1 from tender lot where lot.parent_id = tender.id and lot.archived_at is null)
                     as leaf
          from tender where tender.archived_at is null) t
    group by t.nhs_region, t.itl_region, t.status, t.area_mask, t.event_mask;
    insert into tender_cube_year
    select t.nhs_region, t.itl_region, t.status, t.area_mask, t.event_mask,
           extract(year from e.event_date)::int, count(*)
    from tender t join tender_event e on e.tender_id = t.id and not e.expected
    where t.archived_at is null
    group by 1, 2, 3, 4, 5, 6;
    update tender_cube_state
    set built_version = version, built_at = now(),
        build_millis = (extract(epoch from clock_timestamp() - started) * 1000)::bigint
    where id = 1;
    return version;
end $$;
