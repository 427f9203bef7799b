-- 0020 county categories: a county's own categories and sub-categories (tags) of work, service, inspection and meeting
-- records, each with a unit; a record carries at most one (null for records entered before).
CREATE TABLE "record_tags" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_record_tags" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "family" TEXT NOT NULL,
    "parent_id" INTEGER NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_record_tags_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_record_tags_record_tags_parent_id" FOREIGN KEY ("parent_id") REFERENCES "record_tags" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_record_tags_organization_id_family_code" ON "record_tags" ("organization_id", "family", "code");
CREATE INDEX "ix_record_tags_parent_id" ON "record_tags" ("parent_id");

ALTER TABLE "work_records" ADD COLUMN "tag_id" INTEGER NULL CONSTRAINT "fk_work_records_record_tags_tag_id" REFERENCES "record_tags" ("id") ON DELETE RESTRICT;
ALTER TABLE "service_records" ADD COLUMN "tag_id" INTEGER NULL CONSTRAINT "fk_service_records_record_tags_tag_id" REFERENCES "record_tags" ("id") ON DELETE RESTRICT;
ALTER TABLE "inspections" ADD COLUMN "tag_id" INTEGER NULL CONSTRAINT "fk_inspections_record_tags_tag_id" REFERENCES "record_tags" ("id") ON DELETE RESTRICT;
ALTER TABLE "meetings" ADD COLUMN "tag_id" INTEGER NULL CONSTRAINT "fk_meetings_record_tags_tag_id" REFERENCES "record_tags" ("id") ON DELETE RESTRICT;

CREATE INDEX "ix_work_records_tag_id" ON "work_records" ("tag_id");
CREATE INDEX "ix_service_records_tag_id" ON "service_records" ("tag_id");
CREATE INDEX "ix_inspections_tag_id" ON "inspections" ("tag_id");
CREATE INDEX "ix_meetings_tag_id" ON "meetings" ("tag_id");
