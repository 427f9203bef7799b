-- 0019 bulk accounts: the account holder's mobile number (encrypted, with a display mask, as members' are) and the
-- administrator's note (备注) from the account sheet.
ALTER TABLE users ADD COLUMN phone_cipher character varying(200) NULL;
ALTER TABLE users ADD COLUMN phone_masked character varying(20) NULL;
ALTER TABLE users ADD COLUMN note character varying(200) NULL;
