-- 0017 ledger import batches: each ledger import (三会一课, work records, inspections…) and the records it created, so the
-- importing organization can list and undo it as a whole. Derived from 'schema-script sqlite'.

CREATE TABLE "import_batches" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_import_batches" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "ledger" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "imported_at_utc" TEXT NOT NULL,
    "imported_by" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "created_count" INTEGER NOT NULL,
    "existing_count" INTEGER NOT NULL,
    "undone_at_utc" TEXT NULL,
    "undone_by" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_import_batches_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "import_batch_records" (
    "batch_id" INTEGER NOT NULL,
    "record_id" INTEGER NOT NULL,
    "record_version" INTEGER NOT NULL,
    CONSTRAINT "pk_import_batch_records" PRIMARY KEY ("batch_id", "record_id"),
    CONSTRAINT "fk_import_batch_records_import_batches_batch_id" FOREIGN KEY ("batch_id") REFERENCES "import_batches" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_import_batches_organization_id_imported_at_utc" ON "import_batches" ("organization_id", "imported_at_utc");
