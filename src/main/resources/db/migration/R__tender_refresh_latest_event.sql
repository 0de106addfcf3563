-- The one definition of tender_refresh_latest_event(target), first added in V9 and changed in
-- V11 and V23. Change the function here, never in a new versioned migration: Flyway runs this
-- file again whenever its checksum changes, after all pending versioned migrations (so a
-- versioned migration in the same run still sees the previous definition).
--
-- Keeps on the tender the latest event that has happened, for sorting and display, the mask
-- of the event types it has had, and its latest-dated bid deadline, contract start and
-- contract end, expected or not (TenderDates is the Java twin); the event trigger from V9
-- calls it.
create or replace function tender_refresh_latest_event(target bigint) returns void language sql as $$
    update tender t set latest_event_date = e.event_date, latest_event_type = e.type,
                        latest_event_precision = e.date_precision, latest_event_qualifier = e.date_qualifier,
                        event_mask = m.mask,
                        bid_deadline = d.event_date, bid_deadline_precision = d.date_precision,
                        contract_start = s.event_date, contract_start_precision = s.date_precision,
                        contract_end_reported = c.event_date, contract_end_reported_precision = c.date_precision
    from (select tender_event_mask(target) as mask) m
    left join lateral (
        select event_date, type, date_precision, date_qualifier from tender_event
        where tender_id = target and not expected order by event_date desc, id desc limit 1) e on true
    left join lateral (
        select event_date, date_precision from tender_event
        where tender_id = target and type = 'BID_DEADLINE' order by event_date desc, id desc limit 1) d on true
    left join lateral (
        select event_date, date_precision from tender_event
        where tender_id = target and type = 'CONTRACT_START' order by event_date desc, id desc limit 1) s on true
    left join lateral (
        select event_date, date_precision from tender_event
        where tender_id = target and type = 'CONTRACT_END' order by event_date desc, id desc limit 1) c on true
    where t.id = target
      -- An event that changes none of these (one older than the latest of its kind, say)
      -- leaves the row alone: rewriting a tender writes an entry in each of its indexes.
      and (t.latest_event_date, t.latest_event_type, t.latest_event_precision, t.latest_event_qualifier,
           t.event_mask, t.bid_deadline, t.bid_deadline_precision, t.contract_start, t.contract_start_precision,
           t.contract_end_reported, t.contract_end_reported_precision)
          is distinct from (e.event_date, e.type, e.date_precision, e.date_qualifier, m.mask,
           d.event_date, d.date_precision, s.event_date, s.date_precision, c.event_date, c.date_precision)
$$;
