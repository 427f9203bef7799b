-- 0031 meetings and attendance partitioned by year on PostgreSQL (ADR 0019). SQLite keeps one table each but gets the
-- same columns and keys: the rows that refer to a meeting carry its date (held_on), with a foreign key on
-- (meeting_id, held_on) to a unique (id, held_on) of meetings, checked at commit, and a corrected date follows to them
-- (ON UPDATE CASCADE), as on PostgreSQL. SQLite cannot add a constraint, so both tables are rebuilt.
CREATE UNIQUE INDEX "ux_meetings_id_held_on" ON "meetings" ("id", "held_on");

CREATE TABLE "meeting_attendances_rebuilt" (
    "meeting_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "absence_reason" TEXT NULL,
    "is_mobile" INTEGER NOT NULL DEFAULT 0,
    "no_smartphone" INTEGER NOT NULL DEFAULT 0,
    "held_on" TEXT NOT NULL,
    CONSTRAINT "pk_meeting_attendances" PRIMARY KEY ("meeting_id", "member_id"),
    CONSTRAINT "fk_meeting_attendances_meetings_meeting_id" FOREIGN KEY ("meeting_id", "held_on") REFERENCES "meetings" ("id", "held_on")
        ON DELETE CASCADE ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT "fk_meeting_attendances_members_member_id" FOREIGN KEY ("member_id") REFERENCES "members" ("id") ON DELETE RESTRICT
);
INSERT INTO "meeting_attendances_rebuilt" ("meeting_id", "member_id", "status", "absence_reason", "is_mobile", "no_smartphone", "held_on")
SELECT a."meeting_id", a."member_id", a."status", a."absence_reason", a."is_mobile", a."no_smartphone", m."held_on"
FROM "meeting_attendances" a JOIN "meetings" m ON m."id" = a."meeting_id";
DROP TABLE "meeting_attendances";
ALTER TABLE "meeting_attendances_rebuilt" RENAME TO "meeting_attendances";
CREATE INDEX "ix_meeting_attendances_member_id" ON "meeting_attendances" ("member_id");
-- covers the compliance GROUP BY meeting_id, with the row's date the queries also filter on: index-only, no table rows read
CREATE INDEX "ix_meeting_attendances_meeting_id_status_is_mobile_no_smartphone_held_on" ON "meeting_attendances" ("meeting_id", "status", "is_mobile", "no_smartphone", "held_on");

CREATE TABLE "meeting_attachments_rebuilt" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_meeting_attachments" PRIMARY KEY AUTOINCREMENT,
    "meeting_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "stored_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "uploaded_at_utc" TEXT NOT NULL,
    "uploaded_by" TEXT NULL,
    "held_on" TEXT NOT NULL,
    CONSTRAINT "fk_meeting_attachments_meetings_meeting_id" FOREIGN KEY ("meeting_id", "held_on") REFERENCES "meetings" ("id", "held_on")
        ON DELETE CASCADE ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO "meeting_attachments_rebuilt" ("id", "meeting_id", "file_name", "stored_name", "content_type", "size_bytes", "uploaded_at_utc", "uploaded_by", "held_on")
SELECT f."id", f."meeting_id", f."file_name", f."stored_name", f."content_type", f."size_bytes", f."uploaded_at_utc", f."uploaded_by", m."held_on"
FROM "meeting_attachments" f JOIN "meetings" m ON m."id" = f."meeting_id";
-- AUTOINCREMENT never gives an id twice (the audit log names attachments by id): the rebuilt table goes on from the old counter
INSERT INTO "sqlite_sequence" ("name", "seq") SELECT 'meeting_attachments_rebuilt', 0
WHERE NOT EXISTS (SELECT 1 FROM "sqlite_sequence" WHERE "name" = 'meeting_attachments_rebuilt');
UPDATE "sqlite_sequence" SET "seq" = (SELECT max("seq") FROM "sqlite_sequence" WHERE "name" IN ('meeting_attachments', 'meeting_attachments_rebuilt'))
WHERE "name" = 'meeting_attachments_rebuilt';
DROP TABLE "meeting_attachments";
ALTER TABLE "meeting_attachments_rebuilt" RENAME TO "meeting_attachments";
CREATE INDEX "ix_meeting_attachments_meeting_id" ON "meeting_attachments" ("meeting_id");
