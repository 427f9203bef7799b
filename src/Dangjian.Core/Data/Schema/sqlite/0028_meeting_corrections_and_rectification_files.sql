-- 0028 a saved meeting can be corrected (更正): when and by whom it last was, beside the first entry (which 补录 reads from);
-- rectification items take evidence files (整改佐证附件) stored like meeting attachments (encrypted under the data
-- directory, named in the row) (docs/decisions/0016-corrections-and-evidence-files.md).
ALTER TABLE "meetings" ADD COLUMN "corrected_at_utc" TEXT NULL;
ALTER TABLE "meetings" ADD COLUMN "corrected_by" TEXT NULL;
CREATE TABLE "rectification_attachments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_rectification_attachments" PRIMARY KEY AUTOINCREMENT,
    "item_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "stored_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "uploaded_at_utc" TEXT NOT NULL,
    "uploaded_by" TEXT NULL,
    CONSTRAINT "fk_rectification_attachments_rectification_items_item_id" FOREIGN KEY ("item_id") REFERENCES "rectification_items" ("id") ON DELETE CASCADE
);
CREATE INDEX "ix_rectification_attachments_item_id" ON "rectification_attachments" ("item_id");
