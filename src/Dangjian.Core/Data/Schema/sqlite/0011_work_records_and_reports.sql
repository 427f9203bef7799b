-- 0011 work records (typed, counted activities with a county-configurable category taxonomy) and the annual duty report
-- (drafts with figure tokens, stored figure values, revision history, county report templates). Derived from 'schema-script sqlite' before/after.

CREATE TABLE "county_report_templates" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_county_report_templates" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "json" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_county_report_templates_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "work_categories" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_work_categories" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "quantity_meaning" TEXT NOT NULL,
    "participant_unit" TEXT NULL,
    "sort_order" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_work_categories_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "report_drafts" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_report_drafts" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "started_from_id" INTEGER NULL,
    "plans" TEXT NULL,
    "created_at_utc" TEXT NOT NULL,
    "created_by" TEXT NULL,
    "submitted_at_utc" TEXT NULL,
    "submitted_by" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_report_drafts_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "report_figures" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_report_figures" PRIMARY KEY AUTOINCREMENT,
    "draft_id" INTEGER NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "fk_report_figures_report_drafts_draft_id" FOREIGN KEY ("draft_id") REFERENCES "report_drafts" ("id") ON DELETE CASCADE
);

CREATE TABLE "report_paragraphs" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_report_paragraphs" PRIMARY KEY AUTOINCREMENT,
    "draft_id" INTEGER NOT NULL,
    "section" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_report_paragraphs_report_drafts_draft_id" FOREIGN KEY ("draft_id") REFERENCES "report_drafts" ("id") ON DELETE CASCADE
);

CREATE TABLE "report_revisions" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_report_revisions" PRIMARY KEY AUTOINCREMENT,
    "draft_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "saved_at_utc" TEXT NOT NULL,
    "saved_by" TEXT NULL,
    "note" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    CONSTRAINT "fk_report_revisions_report_drafts_draft_id" FOREIGN KEY ("draft_id") REFERENCES "report_drafts" ("id") ON DELETE CASCADE
);

CREATE TABLE "work_records" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_work_records" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "category_id" INTEGER NOT NULL,
    "held_on" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "quantity" TEXT NOT NULL,
    "participants" INTEGER NULL,
    "led_by" TEXT NULL,
    "place" TEXT NULL,
    "notes" TEXT NULL,
    "entered_by_proxy" INTEGER NOT NULL,
    "entered_at_utc" TEXT NOT NULL,
    "entered_by" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_work_records_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_work_records_work_categories_category_id" FOREIGN KEY ("category_id") REFERENCES "work_categories" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_county_report_templates_organization_id" ON "county_report_templates" ("organization_id");

CREATE INDEX "ix_report_drafts_organization_id_year" ON "report_drafts" ("organization_id", "year");

CREATE UNIQUE INDEX "ix_report_figures_draft_id_indicator_id" ON "report_figures" ("draft_id", "indicator_id");

CREATE INDEX "ix_report_paragraphs_draft_id_position" ON "report_paragraphs" ("draft_id", "position");

CREATE UNIQUE INDEX "ix_report_revisions_draft_id_number" ON "report_revisions" ("draft_id", "number");

CREATE UNIQUE INDEX "ix_work_categories_organization_id_code" ON "work_categories" ("organization_id", "code");

CREATE INDEX "ix_work_records_category_id_held_on" ON "work_records" ("category_id", "held_on");

CREATE INDEX "ix_work_records_organization_id_held_on" ON "work_records" ("organization_id", "held_on");

-- Built-in work categories (Dangjian.Core.WorkRecords.DefaultWorkCategories); a county adds its own rows.
INSERT INTO "work_categories" ("organization_id", "code", "name", "unit", "quantity_meaning", "participant_unit", "sort_order", "version") VALUES
    (NULL, 'research', '党建调研', '次', '调研次数', NULL, 1, 0),
    (NULL, 'inspection-visit', '党建督导检查', '轮次', '轮次', NULL, 2, 0),
    (NULL, 'publicity', '宣讲', '场次', '场次', '人次', 3, 0),
    (NULL, 'training', '培训班', '期', '期数', '人次', 4, 0),
    (NULL, 'study-trip', '考察学习', '批次', '批次', '人次', 5, 0),
    (NULL, 'seminar', '研讨交流', '场次', '场次', '人次', 6, 0),
    (NULL, 'exchange', '成果交流', '场次', '场次', NULL, 7, 0),
    (NULL, 'cultural', '文化活动', '场次', '场次', '人次', 8, 0),
    (NULL, 'funds', '争取资金', '万元', '争取到的资金（万元）', NULL, 9, 0),
    (NULL, 'problem-solved', '研究解决党建问题', '件', '件数', NULL, 10, 0);
