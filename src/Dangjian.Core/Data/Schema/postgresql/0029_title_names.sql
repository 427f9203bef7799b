-- 0029 demonstration titles chosen from the county's list: honour_names also holds the county's title names (target 'Title'),
-- every name carries the unit a count of it is in (个 for collective honours and titles, 名 for individual honours), a name
-- is unique among its county's names of the same target, and demonstration_titles.title (typed) becomes title_name_id.
-- Every typed title becomes a title name of the county above its organization (the tree's root where there is no county
-- committee), so existing titles keep their text, level, year and id (docs/decisions/0018-title-names.md).
ALTER TABLE honour_names ADD unit character varying(10) NOT NULL DEFAULT '个';
UPDATE honour_names SET unit = '名' WHERE target = 'Individual';
DROP INDEX ix_honour_names_organization_id_name;
CREATE UNIQUE INDEX ix_honour_names_organization_id_target_name ON honour_names (organization_id, target, name);

CREATE TEMPORARY TABLE title_keepers ON COMMIT DROP AS
SELECT t.id AS title_id, left(btrim(t.title), 60) AS title,
    COALESCE(
        (SELECT c.id FROM organizations c WHERE c.level = 'CountyCommittee' AND left(o.path, length(c.path)) = c.path ORDER BY length(c.path) DESC LIMIT 1),
        (SELECT r.id FROM organizations r WHERE r.parent_id IS NULL AND left(o.path, length(r.path)) = r.path LIMIT 1)) AS keeper_id
FROM demonstration_titles t JOIN organizations o ON o.id = t.organization_id;

INSERT INTO honour_names (organization_id, name, target, unit, retired, sort_order, version)
SELECT k.keeper_id, k.title, 'Title', '个', false,
    (SELECT COALESCE(MAX(n.sort_order), 0) + 1 FROM honour_names n WHERE n.organization_id = k.keeper_id), 0
FROM (SELECT DISTINCT keeper_id, title FROM title_keepers) k
WHERE NOT EXISTS (SELECT 1 FROM honour_names n WHERE n.organization_id = k.keeper_id AND n.target = 'Title' AND n.name = k.title);

ALTER TABLE demonstration_titles ADD title_name_id integer;
UPDATE demonstration_titles t SET title_name_id = n.id
FROM title_keepers k JOIN honour_names n ON n.organization_id = k.keeper_id AND n.target = 'Title' AND n.name = k.title
WHERE k.title_id = t.id;
ALTER TABLE demonstration_titles ALTER COLUMN title_name_id SET NOT NULL;
ALTER TABLE demonstration_titles DROP COLUMN title;
ALTER TABLE demonstration_titles ADD CONSTRAINT fk_demonstration_titles_honour_names_title_name_id FOREIGN KEY (title_name_id) REFERENCES honour_names (id) ON DELETE RESTRICT;
CREATE INDEX ix_demonstration_titles_title_name_id ON demonstration_titles (title_name_id);
