-- Country-wide CCCD checks (issue 11): an admission, a profile edit or an import asks whether a CCCD
-- is already on file outside the actor's scope. Each such check is a row here, counted per user
-- per hour (members/existence-check.ts) and audited by the row trigger: the unit asked for, how
-- many numbers were checked and how many were found elsewhere, never the numbers themselves.
CREATE TABLE existence_checks (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES app_users(id),
  unit_id bigint REFERENCES org_units(id),
  kind text NOT NULL CHECK (kind IN ('admission', 'update', 'import')),
  numbers int NOT NULL CHECK (numbers >= 0),
  found_elsewhere int NOT NULL DEFAULT 0,
  refused boolean NOT NULL DEFAULT false,
  at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX existence_checks_user ON existence_checks (user_id, at);
--> statement-breakpoint
CREATE TRIGGER existence_checks_audit AFTER INSERT OR UPDATE OR DELETE ON existence_checks FOR EACH ROW EXECUTE FUNCTION audit_row();
