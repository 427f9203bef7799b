-- 0014 三员分立 password hand-over (second half held until the security administrator releases it) and TOTP replay guard
ALTER TABLE users ADD COLUMN pending_password_part character varying(400) NULL;
ALTER TABLE users ADD COLUMN authenticator_last_step bigint NULL;
