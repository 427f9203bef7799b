-- 0029 demonstration titles chosen from the county's list: honour_names also holds the county's title names (target 'Title'),
-- every name carries the unit a count of it is in (个 for collective honours and titles, 名 for individual honours), a name
-- is unique among its county's names of the same target, and demonstration_titles.title (typed) becomes title_name_id.
-- Every typed title becomes a title name of the county above its organization (the tree's root where there is no county
-- committee), so existing titles keep their text, level, year and id (docs/decisions/0018-title-names.md).
ALTER TABLE "honour_names" ADD COLUMN "unit" TEXT NOT NULL DEFAULT '个';
UPDATE "honour_names" SET "unit" = '名' WHERE "target" = 'Individual';
DROP INDEX "ix_honour_names_organization_id_name";
CREATE UNIQUE INDEX "ix_honour_names_organization_id_target_name" ON "honour_names" ("organization_id", "target", "name");

CREATE TEMPORARY TABLE "title_keepers" AS
SELECT t."id" AS "title_id", substr(trim(t."title"), 1, 60) AS "title",
    COALESCE(
        (SELECT c."id" FROM "organizations" c WHERE c."level" = 'CountyCommittee' AND substr(o."path", 1, length(c."path")) = c."path" ORDER BY length(c."path") DESC LIMIT 1),
        (SELECT r."id" FROM "organizations" r WHERE r."parent_id" IS NULL AND substr(o."path", 1, length(r."path")) = r."path" LIMIT 1)) AS "keeper_id"
FROM "demonstration_titles" t JOIN "organizations" o ON o."id" = t."organization_id";

INSERT INTO "honour_names" ("organization_id", "name", "target", "unit", "retired", "sort_order", "version")
SELECT k."keeper_id", k."title", 'Title', '个', 0,
    (SELECT COALESCE(MAX(n."sort_order"), 0) + 1 FROM "honour_names" n WHERE n."organization_id" = k."keeper_id"), 0
FROM (SELECT DISTINCT "keeper_id", "title" FROM "title_keepers") k
WHERE NOT EXISTS (SELECT 1 FROM "honour_names" n WHERE n."organization_id" = k."keeper_id" AND n."target" = 'Title' AND n."name" = k."title");

CREATE TABLE "ef_temp_demonstration_titles" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_demonstration_titles" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title_name_id" INTEGER NOT NULL,
    CONSTRAINT "fk_demonstration_titles_honour_names_title_name_id" FOREIGN KEY ("title_name_id") REFERENCES "honour_names" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_demonstration_titles_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);
INSERT INTO "ef_temp_demonstration_titles" ("id", "organization_id", "level", "year", "title_name_id")
SELECT t."id", t."organization_id", t."level", t."year", n."id"
FROM "demonstration_titles" t
JOIN "title_keepers" k ON k."title_id" = t."id"
JOIN "honour_names" n ON n."organization_id" = k."keeper_id" AND n."target" = 'Title' AND n."name" = k."title";
DROP TABLE "demonstration_titles";
ALTER TABLE "ef_temp_demonstration_titles" RENAME TO "demonstration_titles";
CREATE INDEX "ix_demonstration_titles_organization_id_year" ON "demonstration_titles" ("organization_id", "year");
CREATE INDEX "ix_demonstration_titles_title_name_id" ON "demonstration_titles" ("title_name_id");
DROP TABLE "title_keepers";
