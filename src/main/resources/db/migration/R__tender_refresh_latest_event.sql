-- The one definition of tender_refresh_latest_event(target), first added in V9 and changed in
-- V11. Change the function here, never in a new versioned migration: Flyway runs this file
-- again whenever its checksum changes, after all pending versioned migrations (so a versioned
-- migration in the same run still sees the previous definition).
--
-- Keeps on the tender the latest event that has happened, for sorting and display, and the
-- mask of the event types it has had; the event trigger from V9 calls it.
create or replace function tender_refresh_latest_event(target bigint) returns void language sql as $$
    update tender t set latest_event_date = e.event_date, latest_event_type = e.type,
                        latest_event_precision = e.date_precision, latest_event_qualifier = e.date_qualifier,
                        event_mask = m.mask
    from (select tender_event_mask(target) as mask) m
    left join lateral (
        select event_date, type, date_precision, date_qualifier from tender_event
        where tender_id = target and not expected order by event_date desc, id desc limit 1) e on true
    where t.id = target
      -- An event that changes neither (one expected, or older than the latest) leaves the row
      -- alone: rewriting a tender writes an entry in each of its indexes.
      and (t.latest_event_date, t.latest_event_type, t.latest_event_precision, t.latest_event_qualifier,
           t.event_mask)
          is distinct from (e.event_date, e.type, e.date_precision, e.date_qualifier, m.mask)
$$;
