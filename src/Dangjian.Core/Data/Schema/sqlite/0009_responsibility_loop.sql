-- 0009 the responsibility loop: key-task lists, inspections, rectification, bulletins, talks, commitments
CREATE TABLE "key_task_lists" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_key_task_lists" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_key_task_lists_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "key_tasks" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_key_tasks" PRIMARY KEY AUTOINCREMENT,
    "list_id" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "due_on" TEXT NOT NULL,
    CONSTRAINT "fk_key_tasks_key_task_lists_list_id" FOREIGN KEY ("list_id") REFERENCES "key_task_lists" ("id") ON DELETE CASCADE
);

CREATE TABLE "key_task_assignments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_key_task_assignments" PRIMARY KEY AUTOINCREMENT,
    "task_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "progress" TEXT NULL,
    "evidence" TEXT NULL,
    "completed_on" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_key_task_assignments_key_tasks_task_id" FOREIGN KEY ("task_id") REFERENCES "key_tasks" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_key_task_assignments_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "inspections" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_inspections" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "round" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "started_on" TEXT NOT NULL,
    "inspectors" TEXT NOT NULL,
    "draw_seed" INTEGER NULL,
    "inspector_candidates" TEXT NULL,
    "target_candidates" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_inspections_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "inspection_targets" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_inspection_targets" PRIMARY KEY AUTOINCREMENT,
    "inspection_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    CONSTRAINT "fk_inspection_targets_inspections_inspection_id" FOREIGN KEY ("inspection_id") REFERENCES "inspections" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_inspection_targets_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "findings" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_findings" PRIMARY KEY AUTOINCREMENT,
    "inspection_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "notice_sent_on" TEXT NULL,
    CONSTRAINT "fk_findings_inspections_inspection_id" FOREIGN KEY ("inspection_id") REFERENCES "inspections" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_findings_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "rectification_items" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_rectification_items" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "raised_by_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "finding_id" INTEGER NULL,
    "problem" TEXT NOT NULL,
    "measures" TEXT NULL,
    "evidence" TEXT NULL,
    "raised_on" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "submitted_on" TEXT NULL,
    "signed_off_on" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_rectification_items_findings_finding_id" FOREIGN KEY ("finding_id") REFERENCES "findings" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_rectification_items_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_rectification_items_organizations_raised_by_id" FOREIGN KEY ("raised_by_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "rectification_status_changes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_rectification_status_changes" PRIMARY KEY AUTOINCREMENT,
    "item_id" INTEGER NOT NULL,
    "from" TEXT NULL,
    "to" TEXT NOT NULL,
    "changed_at" TEXT NOT NULL,
    "changed_by" TEXT NOT NULL,
    "note" TEXT NULL,
    CONSTRAINT "fk_rectification_status_changes_rectification_items_item_id" FOREIGN KEY ("item_id") REFERENCES "rectification_items" ("id") ON DELETE CASCADE
);

CREATE TABLE "bulletins" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_bulletins" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "number" INTEGER NULL,
    "issued_on" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_bulletins_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "talks" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_talks" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "held_on" TEXT NOT NULL,
    "talker" TEXT NOT NULL,
    "targets" TEXT NOT NULL,
    "target_kind" TEXT NOT NULL,
    "people" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "follow_up" TEXT NULL,
    CONSTRAINT "fk_talks_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "accountability_cases" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_accountability_cases" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "decided_on" TEXT NOT NULL,
    "person_name" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "fk_accountability_cases_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "honor_roll_entries" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_honor_roll_entries" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "roll" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "fk_honor_roll_entries_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "commitments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_commitments" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "secretary_name" TEXT NULL,
    "content" TEXT NOT NULL,
    "due_on" TEXT NOT NULL,
    "progress" TEXT NULL,
    "fulfilled_on" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_commitments_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "service_records" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_service_records" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "held_on" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "team" TEXT NULL,
    "people" INTEGER NOT NULL,
    CONSTRAINT "fk_service_records_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_accountability_cases_organization_id_decided_on" ON "accountability_cases" ("organization_id", "decided_on");
CREATE UNIQUE INDEX "ix_bulletins_organization_id_year_number" ON "bulletins" ("organization_id", "year", "number");
CREATE INDEX "ix_commitments_organization_id_year" ON "commitments" ("organization_id", "year");
CREATE INDEX "ix_findings_inspection_id" ON "findings" ("inspection_id");
CREATE INDEX "ix_findings_organization_id" ON "findings" ("organization_id");
CREATE INDEX "ix_honor_roll_entries_organization_id_year" ON "honor_roll_entries" ("organization_id", "year");
CREATE UNIQUE INDEX "ix_inspection_targets_inspection_id_organization_id" ON "inspection_targets" ("inspection_id", "organization_id");
CREATE INDEX "ix_inspection_targets_organization_id" ON "inspection_targets" ("organization_id");
CREATE INDEX "ix_inspections_organization_id_year_round" ON "inspections" ("organization_id", "year", "round");
CREATE INDEX "ix_key_task_assignments_organization_id_completed_on" ON "key_task_assignments" ("organization_id", "completed_on");
CREATE UNIQUE INDEX "ix_key_task_assignments_task_id_organization_id" ON "key_task_assignments" ("task_id", "organization_id");
CREATE INDEX "ix_key_task_lists_organization_id_year" ON "key_task_lists" ("organization_id", "year");
CREATE INDEX "ix_key_tasks_list_id_month" ON "key_tasks" ("list_id", "month");
CREATE INDEX "ix_rectification_items_finding_id" ON "rectification_items" ("finding_id");
CREATE INDEX "ix_rectification_items_organization_id_status" ON "rectification_items" ("organization_id", "status");
CREATE INDEX "ix_rectification_items_raised_by_id_deadline" ON "rectification_items" ("raised_by_id", "deadline");
CREATE INDEX "ix_rectification_status_changes_item_id" ON "rectification_status_changes" ("item_id");
CREATE INDEX "ix_service_records_organization_id_kind_held_on" ON "service_records" ("organization_id", "kind", "held_on");
CREATE INDEX "ix_talks_organization_id_held_on" ON "talks" ("organization_id", "held_on");
