-- 0022 guidance: leaders' contact points (包抓/联系点) with their visits, party-building projects, and the county's
-- kinds of both (defaults here with no organization; a county adds its own under its county committee). Assignments
-- (选派) keep their table: new kinds (驻村工作队, 专职村书记…) are enum values stored as text.

CREATE TABLE "guidance_kinds" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_guidance_kinds" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NULL,
    "family" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_guidance_kinds_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "contact_points" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_contact_points" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "leader_user_id" INTEGER NULL,
    "leader_name" TEXT NOT NULL,
    "kind_id" INTEGER NOT NULL,
    "started_on" TEXT NOT NULL,
    "ended_on" TEXT NULL,
    "note" TEXT NULL,
    "entered_at_utc" TEXT NOT NULL,
    "entered_by" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_contact_points_guidance_kinds_kind_id" FOREIGN KEY ("kind_id") REFERENCES "guidance_kinds" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_contact_points_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_contact_points_users_leader_user_id" FOREIGN KEY ("leader_user_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

CREATE TABLE "contact_visits" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_contact_visits" PRIMARY KEY AUTOINCREMENT,
    "contact_point_id" INTEGER NOT NULL,
    "visited_on" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "activity" TEXT NOT NULL,
    "entered_at_utc" TEXT NOT NULL,
    "entered_by" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_contact_visits_contact_points_contact_point_id" FOREIGN KEY ("contact_point_id") REFERENCES "contact_points" ("id") ON DELETE CASCADE
);

CREATE TABLE "projects" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_projects" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind_id" INTEGER NOT NULL,
    "started_on" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "completed_on" TEXT NULL,
    "outcome" TEXT NULL,
    "amount" TEXT NULL,
    "entered_at_utc" TEXT NOT NULL,
    "entered_by" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_projects_guidance_kinds_kind_id" FOREIGN KEY ("kind_id") REFERENCES "guidance_kinds" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_projects_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_guidance_kinds_organization_id_family_code" ON "guidance_kinds" ("organization_id", "family", "code");

CREATE INDEX "ix_contact_points_kind_id" ON "contact_points" ("kind_id");

CREATE INDEX "ix_contact_points_leader_user_id" ON "contact_points" ("leader_user_id");

CREATE INDEX "ix_contact_points_organization_id_started_on" ON "contact_points" ("organization_id", "started_on");

CREATE INDEX "ix_contact_visits_contact_point_id_visited_on" ON "contact_visits" ("contact_point_id", "visited_on");

CREATE INDEX "ix_projects_kind_id" ON "projects" ("kind_id");

CREATE INDEX "ix_projects_organization_id_started_on" ON "projects" ("organization_id", "started_on");

INSERT INTO "guidance_kinds" ("organization_id", "family", "code", "name", "sort_order", "version") VALUES
    (NULL, 'ContactPoint', 'demonstration', '示范村（示范点）', 1, 0),
    (NULL, 'ContactPoint', 'lagging', '后进村', 2, 0),
    (NULL, 'ContactPoint', 'weak', '软弱涣散党组织', 3, 0),
    (NULL, 'ContactPoint', 'ordinary', '一般联系点', 4, 0),
    (NULL, 'Project', 'demonstration', '党建示范项目', 1, 0),
    (NULL, 'Project', 'industry', '党建+产业项目', 2, 0),
    (NULL, 'Project', 'venue', '阵地建设项目', 3, 0),
    (NULL, 'Project', 'other', '其他党建项目', 4, 0);
