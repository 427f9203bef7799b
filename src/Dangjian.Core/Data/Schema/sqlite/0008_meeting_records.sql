-- 0008 meeting records: attachments; the member's mobile / no-smartphone flags copied onto each attendance row at entry
-- (participation is then counted without joining members). Existing rows take the member's current flags.
CREATE TABLE "meeting_attachments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_meeting_attachments" PRIMARY KEY AUTOINCREMENT,
    "meeting_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "stored_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "uploaded_at_utc" TEXT NOT NULL,
    "uploaded_by" TEXT NULL,
    CONSTRAINT "fk_meeting_attachments_meetings_meeting_id" FOREIGN KEY ("meeting_id") REFERENCES "meetings" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_meeting_attachments_meeting_id" ON "meeting_attachments" ("meeting_id");

ALTER TABLE "meeting_attendances" ADD COLUMN "is_mobile" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "meeting_attendances" ADD COLUMN "no_smartphone" INTEGER NOT NULL DEFAULT 0;

UPDATE "meeting_attendances" SET
    "is_mobile" = (SELECT m."is_mobile" FROM "members" m WHERE m."id" = "meeting_attendances"."member_id"),
    "no_smartphone" = (SELECT m."no_smartphone" FROM "members" m WHERE m."id" = "meeting_attendances"."member_id");

-- covers the compliance GROUP BY meeting_id: index-only, no table rows read
CREATE INDEX "ix_meeting_attendances_meeting_id_status_is_mobile_no_smartphone" ON "meeting_attendances" ("meeting_id", "status", "is_mobile", "no_smartphone");
