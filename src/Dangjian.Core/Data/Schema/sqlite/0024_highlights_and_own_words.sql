-- 0024 the township's own words in the duty report: records marked as highlights (亮点) with a short narrative, the
-- township's campaign names and slogans per year, and the secretary's own problems and causes (with the proposed problems
-- she left out) kept with each draft.
CREATE TABLE "highlights" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_highlights" PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "record_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "happened_on" TEXT NOT NULL,
    "theme_key" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "place" TEXT NULL,
    "narrative" TEXT NOT NULL,
    "entered_at_utc" TEXT NOT NULL,
    "entered_by" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_highlights_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);
CREATE INDEX "ix_highlights_organization_id_happened_on" ON "highlights" ("organization_id", "happened_on");
CREATE UNIQUE INDEX "ix_highlights_source_record_id" ON "highlights" ("source", "record_id");

CREATE TABLE "campaigns" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_campaigns" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_campaigns_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);
CREATE UNIQUE INDEX "ix_campaigns_organization_id_year_name" ON "campaigns" ("organization_id", "year", "name");

ALTER TABLE "report_drafts" ADD COLUMN "own_problems" TEXT NULL;
ALTER TABLE "report_drafts" ADD COLUMN "own_causes" TEXT NULL;
ALTER TABLE "report_drafts" ADD COLUMN "declined_problems" TEXT NULL;
