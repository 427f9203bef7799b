-- 0027 a work record's leader (带队领导) as a relation to the leader's account (a township leader: the secretary, a 班子成员
-- with a contact point or a liaison scope over the organization), beside the typed led_by kept for display and for leaders
-- outside the system. Existing records keep led_by_user_id empty: the indicators count those by the typed name as before
-- (docs/decisions/0012-leader-participation.md).
ALTER TABLE "work_records" ADD COLUMN "led_by_user_id" INTEGER NULL CONSTRAINT "fk_work_records_users_led_by_user_id" REFERENCES "users" ("id") ON DELETE RESTRICT;
CREATE INDEX "ix_work_records_led_by_user_id" ON "work_records" ("led_by_user_id");
