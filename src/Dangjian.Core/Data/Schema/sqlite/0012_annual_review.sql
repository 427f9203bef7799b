-- 0012 the county's annual review (述职评议考核): plans with their rules (JSON) and objective indicators, participants with
-- ballots, scores, grade, rank and flag, reviewers' comments linked to the rectification items they became.
-- Derived from 'schema-script sqlite' before/after.

CREATE TABLE "review_plans" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_review_plans" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "rules_json" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "created_by" TEXT NULL,
    "published_at_utc" TEXT NULL,
    "published_by" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_review_plans_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "review_indicators" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_review_indicators" PRIMARY KEY AUTOINCREMENT,
    "plan_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "weight" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "target" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_review_indicators_review_plans_plan_id" FOREIGN KEY ("plan_id") REFERENCES "review_plans" ("id") ON DELETE CASCADE
);

CREATE TABLE "review_participants" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_review_participants" PRIMARY KEY AUTOINCREMENT,
    "plan_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "secretary_name" TEXT NULL,
    "report_draft_id" INTEGER NULL,
    "voters" INTEGER NOT NULL,
    "ballots_good" INTEGER NOT NULL,
    "ballots_fairly_good" INTEGER NOT NULL,
    "ballots_average" INTEGER NOT NULL,
    "ballots_poor" INTEGER NOT NULL,
    "reviewer_score" TEXT NULL,
    "objective_score" TEXT NULL,
    "democratic_score" TEXT NULL,
    "total" TEXT NULL,
    "grade" TEXT NULL,
    "rank" INTEGER NULL,
    "flagged" INTEGER NOT NULL,
    "indicator_scores_json" TEXT NULL,
    "talk_id" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_review_participants_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_review_participants_report_drafts_report_draft_id" FOREIGN KEY ("report_draft_id") REFERENCES "report_drafts" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_review_participants_review_plans_plan_id" FOREIGN KEY ("plan_id") REFERENCES "review_plans" ("id") ON DELETE CASCADE,
    CONSTRAINT "fk_review_participants_talks_talk_id" FOREIGN KEY ("talk_id") REFERENCES "talks" ("id") ON DELETE SET NULL
);

CREATE TABLE "review_comments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_review_comments" PRIMARY KEY AUTOINCREMENT,
    "participant_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "reviewer" TEXT NOT NULL,
    "created_at_utc" TEXT NOT NULL,
    "created_by" TEXT NULL,
    "rectification_item_id" INTEGER NULL,
    CONSTRAINT "fk_review_comments_rectification_items_rectification_item_id" FOREIGN KEY ("rectification_item_id") REFERENCES "rectification_items" ("id") ON DELETE SET NULL,
    CONSTRAINT "fk_review_comments_review_participants_participant_id" FOREIGN KEY ("participant_id") REFERENCES "review_participants" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_review_comments_participant_id" ON "review_comments" ("participant_id");

CREATE INDEX "ix_review_comments_rectification_item_id" ON "review_comments" ("rectification_item_id");

CREATE INDEX "ix_review_indicators_plan_id_position" ON "review_indicators" ("plan_id", "position");

CREATE INDEX "ix_review_participants_organization_id" ON "review_participants" ("organization_id");

CREATE UNIQUE INDEX "ix_review_participants_plan_id_organization_id" ON "review_participants" ("plan_id", "organization_id");

CREATE INDEX "ix_review_participants_report_draft_id" ON "review_participants" ("report_draft_id");

CREATE INDEX "ix_review_participants_talk_id" ON "review_participants" ("talk_id");

CREATE UNIQUE INDEX "ix_review_plans_organization_id_year" ON "review_plans" ("organization_id", "year");
