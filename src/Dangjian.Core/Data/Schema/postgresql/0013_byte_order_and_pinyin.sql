-- 0013 ordering independent of the cluster's locale: paths, pinyin sort keys, initials and codes use the byte-order
-- collation "C" (a zh_CN or en_US locale ignores '/' and spaces at the first levels and puts /1/52/ between /1/5/ and
-- /1/5/23/). Indexes on these columns are rebuilt by ALTER TYPE; the path index becomes a plain b-tree, which under
-- "C" serves ORDER BY path as well as prefix matching (text_pattern_ops served only the latter).
-- Pinyin keys are emptied so that start-up refills them from the full CJK table (MemberPinyinBackfill).
ALTER TABLE organizations ALTER COLUMN path TYPE character varying(400) COLLATE "C";
DROP INDEX ix_organizations_path;
CREATE INDEX ix_organizations_path ON organizations (path);
ALTER TABLE members ALTER COLUMN name_pinyin TYPE character varying(300) COLLATE "C";
ALTER TABLE members ALTER COLUMN name_initials TYPE character varying(40) COLLATE "C";
ALTER TABLE work_categories ALTER COLUMN code TYPE character varying(40) COLLATE "C";
UPDATE members SET name_pinyin = '', name_initials = '';
