-- When the password was set: a temporary password (new account, reset, first admin) expires a while
-- after it (clinic.password.temporary-valid-for, 7 days). Existing accounts count from this upgrade.
ALTER TABLE account ADD COLUMN password_set_at TIMESTAMP WITH TIME ZONE;
UPDATE account SET password_set_at = CURRENT_TIMESTAMP;
ALTER TABLE account ALTER COLUMN password_set_at SET NOT NULL;
