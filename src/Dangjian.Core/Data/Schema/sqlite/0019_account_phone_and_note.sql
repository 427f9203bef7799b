-- 0019 bulk accounts: the account holder's mobile number (encrypted, with a display mask, as members' are) and the
-- administrator's note (备注) from the account sheet.
ALTER TABLE "users" ADD COLUMN "phone_cipher" TEXT NULL;
ALTER TABLE "users" ADD COLUMN "phone_masked" TEXT NULL;
ALTER TABLE "users" ADD COLUMN "note" TEXT NULL;
