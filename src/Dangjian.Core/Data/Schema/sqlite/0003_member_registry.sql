-- 0003 member registry: pinyin, state, ethnicity, occupation, encrypted resident ID and phone; transfer history.
-- Derived from 'schema-script sqlite' before/after; NOT NULL columns get a DEFAULT so existing rows migrate
-- (name_pinyin/name_initials are refilled from the name on the next save of each member).
ALTER TABLE "members" ADD COLUMN "name_pinyin" TEXT NOT NULL DEFAULT '';
ALTER TABLE "members" ADD COLUMN "name_initials" TEXT NOT NULL DEFAULT '';
ALTER TABLE "members" ADD COLUMN "state" TEXT NOT NULL DEFAULT 'Active';
ALTER TABLE "members" ADD COLUMN "ethnicity" TEXT NULL;
ALTER TABLE "members" ADD COLUMN "occupation" TEXT NULL;
ALTER TABLE "members" ADD COLUMN "resident_id_cipher" TEXT NULL;
ALTER TABLE "members" ADD COLUMN "resident_id_index" TEXT NULL;
ALTER TABLE "members" ADD COLUMN "resident_id_masked" TEXT NULL;
ALTER TABLE "members" ADD COLUMN "phone_cipher" TEXT NULL;
ALTER TABLE "members" ADD COLUMN "phone_masked" TEXT NULL;

CREATE TABLE "member_transfers" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_member_transfers" PRIMARY KEY AUTOINCREMENT,
    "member_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "from_organization_id" INTEGER NULL,
    "from_organization_name" TEXT NOT NULL,
    "to_organization_id" INTEGER NULL,
    "to_organization_name" TEXT NOT NULL,
    "transferred_on" TEXT NOT NULL,
    "note" TEXT NULL,
    "recorded_at_utc" TEXT NOT NULL,
    "recorded_by" TEXT NULL,
    CONSTRAINT "fk_member_transfers_members_member_id" FOREIGN KEY ("member_id") REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_member_transfers_organizations_from_organization_id" FOREIGN KEY ("from_organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_member_transfers_organizations_to_organization_id" FOREIGN KEY ("to_organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_member_transfers_from_organization_id" ON "member_transfers" ("from_organization_id");
CREATE INDEX "ix_member_transfers_member_id_transferred_on" ON "member_transfers" ("member_id", "transferred_on");
CREATE INDEX "ix_member_transfers_to_organization_id" ON "member_transfers" ("to_organization_id");
CREATE INDEX "ix_members_name_initials" ON "members" ("name_initials");
CREATE INDEX "ix_members_organization_id_name_pinyin" ON "members" ("organization_id", "name_pinyin");
CREATE UNIQUE INDEX "ix_members_resident_id_index" ON "members" ("resident_id_index");
