-- 0026 a meeting's speaker as a relation to the speaker's account (a township leader: the secretary, a 班子成员 with a
-- contact point or a liaison scope over the organization), beside the typed name kept for display and for speakers
-- outside the system. Existing meetings keep speaker_user_id empty: the indicators count those by the typed name as
-- before (docs/decisions/0012-leader-participation.md).
ALTER TABLE "meetings" ADD COLUMN "speaker_user_id" INTEGER NULL CONSTRAINT "fk_meetings_users_speaker_user_id" REFERENCES "users" ("id") ON DELETE RESTRICT;
CREATE INDEX "ix_meetings_speaker_user_id" ON "meetings" ("speaker_user_id");
