-- Login throttling that slows down instead of locking out (issue 11, item 6).
-- Attempts are counted per account (any of its logins), per known device and per client address block.
CREATE TABLE known_devices (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES app_users(id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz NOT NULL DEFAULT now(),
  user_agent text
);
--> statement-breakpoint
CREATE INDEX known_devices_user ON known_devices (user_id);
--> statement-breakpoint
ALTER TABLE login_attempts
  ADD COLUMN user_id bigint,
  ADD COLUMN device_id bigint,
  ADD COLUMN ip_block text;
--> statement-breakpoint
UPDATE login_attempts SET ip_block = ip;
--> statement-breakpoint
ALTER TABLE login_attempts ALTER COLUMN ip_block SET NOT NULL;
--> statement-breakpoint
DROP INDEX login_attempts_ip;
--> statement-breakpoint
CREATE INDEX login_attempts_ip_block ON login_attempts (ip_block, at);
--> statement-breakpoint
CREATE INDEX login_attempts_user ON login_attempts (user_id, at) WHERE user_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX login_attempts_device ON login_attempts (device_id, at) WHERE device_id IS NOT NULL;
--> statement-breakpoint
-- Set by an administrator's "clear the sign-in delay"; failures before it no longer count. Audited with the row.
ALTER TABLE app_users ADD COLUMN login_throttle_cleared_at timestamptz;
