-- What is coming up: each tender's bid deadline and contract end, kept on the tender so that
-- the list can filter and sort a million tenders by them, and the statuses that follow from
-- the clock (a bid deadline passed with no award; a contract that has ended).
alter table tender drop constraint tender_status_ck,
    add constraint tender_status_ck check (status in
        ('PLANNED', 'OPEN', 'AWAITING_AWARD', 'PREFERRED_BIDDER', 'AWARDED', 'ENDED', 'PAUSED', 'DELAYED',
         'COLLAPSED', 'CANCELLED'));

-- The last day a date at a precision can mean: "by February 2016" has passed only once
-- February is over. The Java twin is DatePrecision.lastDay.
create function period_last_day(day date, known_to varchar) returns date language sql immutable as $$
    select case known_to
        when 'MONTH' then (date_trunc('month', day) + interval '1 month' - interval '1 day')::date
        when 'YEAR' then (date_trunc('year', day) + interval '1 year' - interval '1 day')::date
        else day end
$$;

-- Kept by tender_refresh_latest_event from the tender's latest-dated events of each type,
-- expected or not: the bid deadline, the contract start and a contract end a source reported.
-- The contract end is the reported one, or else the start plus the longest duration, marked
-- as derived.
alter table tender
    add column bid_deadline date,
    add column bid_deadline_precision varchar(10),
    add column contract_start date,
    add column contract_start_precision varchar(10),
    add column contract_end_reported date,
    add column contract_end_reported_precision varchar(10),
    add column contract_end date generated always as (coalesce(contract_end_reported,
        (contract_start + make_interval(months => coalesce(duration_max_months, duration_min_months)))::date)) stored,
    add column contract_end_precision varchar(10) generated always as (case
        when contract_end_reported is not null then contract_end_reported_precision
        when contract_start is not null and coalesce(duration_max_months, duration_min_months) is not null
            then contract_start_precision end) stored,
    add column contract_end_derived boolean generated always as (contract_end_reported is null
        and contract_start is not null and coalesce(duration_max_months, duration_min_months) is not null) stored;

update tender t set bid_deadline = d.event_date, bid_deadline_precision = d.date_precision
from (select distinct on (tender_id) tender_id, event_date, date_precision from tender_event
      where type = 'BID_DEADLINE' order by tender_id, event_date desc, id desc) d
where d.tender_id = t.id;
update tender t set contract_start = s.event_date, contract_start_precision = s.date_precision
from (select distinct on (tender_id) tender_id, event_date, date_precision from tender_event
      where type = 'CONTRACT_START' order by tender_id, event_date desc, id desc) s
where s.tender_id = t.id;
update tender t set contract_end_reported = e.event_date, contract_end_reported_precision = e.date_precision
from (select distinct on (tender_id) tender_id, event_date, date_precision from tender_event
      where type = 'CONTRACT_END' order by tender_id, event_date desc, id desc) e
where e.tender_id = t.id;

-- The deadline and end sorts, in (key, id) order as V10's; a missing date sorts last.
create index tender_deadline_key_idx on tender (coalesce(bid_deadline, date '9999-12-31'), id);
create index tender_end_key_idx on tender (coalesce(contract_end, date '9999-12-31'), id);
