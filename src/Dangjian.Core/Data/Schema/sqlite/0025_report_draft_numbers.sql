-- 0025 duty report drafts numbered per township and year (第1稿, 第2稿…) instead of by database id; existing drafts are
-- numbered in the order they were created.
ALTER TABLE "report_drafts" ADD COLUMN "number" INTEGER NOT NULL DEFAULT 0;
UPDATE "report_drafts" SET "number" = (SELECT COUNT(*) FROM "report_drafts" AS "d"
    WHERE "d"."organization_id" = "report_drafts"."organization_id" AND "d"."year" = "report_drafts"."year" AND "d"."id" <= "report_drafts"."id");
DROP INDEX "ix_report_drafts_organization_id_year";
CREATE UNIQUE INDEX "ix_report_drafts_organization_id_year_number" ON "report_drafts" ("organization_id", "year", "number");
