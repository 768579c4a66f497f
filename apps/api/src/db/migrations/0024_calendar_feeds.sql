-- Issue 16 item 4: a private calendar subscription per user. Calendar apps fetch the feed with no cookie,
-- so the URL carries a token; only its SHA-256 is stored (a database leak hands out no feed). One per
-- user: rotating replaces it, revoking deletes it. Changes are audited as explicit events, not rows.
CREATE TABLE calendar_feeds (
  user_id bigint PRIMARY KEY REFERENCES app_users (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz
);
--> statement-breakpoint
-- An id made once per installation, so iCalendar UIDs never repeat across installations.
INSERT INTO app_secrets (name, value) VALUES ('installation_id', gen_random_uuid()::text) ON CONFLICT DO NOTHING;
