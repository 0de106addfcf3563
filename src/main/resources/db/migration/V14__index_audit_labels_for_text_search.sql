-- The audit page's free-text filter matches anywhere in a record's name (ilike '%text%'):
-- a trigram index answers that without reading the whole audit.
create extension if not exists pg_trgm;
create index audit_record_label_trgm_idx on audit_record using gin (entity_label gin_trgm_ops);
