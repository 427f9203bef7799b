-- 0021 honours and rectification notices: the county's own honour names (集体/个人), honours conferred on organizations
-- and their people by level and date, and rectification notices as documents sent to one or more organizations (counted
-- in 张). Derived from 'schema-script sqlite'.

CREATE TABLE "honour_names" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_honour_names" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "retired" INTEGER NOT NULL,
    "sort_order" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_honour_names_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "honours" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_honours" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "honour_name_id" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "conferred_on" TEXT NOT NULL,
    "member_id" INTEGER NULL,
    "person_name" TEXT NULL,
    "conferred_by" TEXT NULL,
    "note" TEXT NULL,
    "entered_at_utc" TEXT NOT NULL,
    "entered_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_honours_honour_names_honour_name_id" FOREIGN KEY ("honour_name_id") REFERENCES "honour_names" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_honours_members_member_id" FOREIGN KEY ("member_id") REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_honours_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "rectification_notices" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_rectification_notices" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "document_number" TEXT NULL,
    "sent_on" TEXT NOT NULL,
    "items" TEXT NOT NULL,
    "entered_at_utc" TEXT NOT NULL,
    "entered_by" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_rectification_notices_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "rectification_notice_recipients" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_rectification_notice_recipients" PRIMARY KEY AUTOINCREMENT,
    "notice_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    CONSTRAINT "fk_rectification_notice_recipients_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_rectification_notice_recipients_rectification_notices_notice_id" FOREIGN KEY ("notice_id") REFERENCES "rectification_notices" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_honour_names_organization_id_name" ON "honour_names" ("organization_id", "name");

CREATE INDEX "ix_honours_honour_name_id" ON "honours" ("honour_name_id");

CREATE INDEX "ix_honours_member_id" ON "honours" ("member_id");

CREATE INDEX "ix_honours_organization_id_conferred_on" ON "honours" ("organization_id", "conferred_on");

CREATE UNIQUE INDEX "ix_rectification_notice_recipients_notice_id_organization_id" ON "rectification_notice_recipients" ("notice_id", "organization_id");

CREATE INDEX "ix_rectification_notice_recipients_organization_id" ON "rectification_notice_recipients" ("organization_id");

CREATE INDEX "ix_rectification_notices_organization_id_sent_on" ON "rectification_notices" ("organization_id", "sent_on");
