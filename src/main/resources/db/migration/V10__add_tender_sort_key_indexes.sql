-- One index per search sort key, in (key, id) order. Keyset paging compares (key, id) with a
-- row comparison, which PostgreSQL answers with a range scan forwards (ascending) or backwards
-- (descending), so deep pages cost the same as the first. Missing dates and values sort as the
-- smallest, matching the expressions in SearchSql.sortKey.
create index tender_latest_key_idx on tender (coalesce(latest_event_date, date '0001-01-01'), id);
create index tender_total_key_idx on tender (coalesce(total_low, -1), id);
create index tender_annual_key_idx on tender (coalesce(annual_low, -1), id);

-- Superseded by the key indexes above.
drop index tender_latest_idx;
drop index tender_total_low_idx;
