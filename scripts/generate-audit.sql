-- Fills the audit with :n made-up records (default 200,000) for benchmarking /admin/audit:
-- 12 people over three years, every kind of record and action, two to five field changes
-- each. Only for a benchmark database:
--   psql -v n=200000 -d tenders_bench -f scripts/generate-audit.sql
\if :{?n}
\else
\set n 200000
\endif
insert into audit_record (recorded_at, actor, action, entity_type, entity_id, entity_version, entity_label,
                          tender_id, changes)
select now() - (i * interval '1 second' * (3 * 365 * 86400 / :n)),
       'editor' || (i % 12),
       (array['CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'ARCHIVE', 'RESTORE', 'DELETE'])[1 + i % 7],
       (array['TENDER', 'TENDER', 'EVENT', 'BID', 'COMMISSIONER', 'BIDDER', 'SOURCE', 'FIGURE'])[1 + i % 8],
       i, 1 + i % 5, 'Generated record ' || i || ' for ' || md5(i::text),
       case when i % 8 in (0, 1, 2, 3, 7) then i % 50000 end,
       (select jsonb_agg(jsonb_build_object('field', 'Field ' || k, 'before', 'old ' || i, 'after', 'new ' || k))
        from generate_series(1, 2 + i % 4) k)
from generate_series(1, :n) i;
analyze audit_record;
