-- 0030 the audit log partitioned by year: PostgreSQL only (declarative partitioning, ADR 0019). SQLite keeps one
-- table; this script exists so that both providers have the same script names.
SELECT 1;
