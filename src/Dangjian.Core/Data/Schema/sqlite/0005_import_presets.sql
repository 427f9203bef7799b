-- 0005 roster import: the column mapping last used per organization (导入列对应方案).
-- Derived from 'schema-script sqlite' before/after.
CREATE TABLE "import_presets" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_import_presets" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "mapping" TEXT NOT NULL,
    "updated_at_utc" TEXT NOT NULL,
    "updated_by" TEXT NULL,
    CONSTRAINT "fk_import_presets_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_import_presets_organization_id" ON "import_presets" ("organization_id");
