-- Issue 18: briefings (hội nghị giao ban) and working sessions (phiên làm việc) with their conclusions, and the
-- tasks (nhiệm vụ) they give. A task's "overdue" is not stored: it is open past its deadline, computed when read.
CREATE TABLE briefings (
  id bigserial PRIMARY KEY,
  -- the unit holding it
  unit_id bigint NOT NULL REFERENCES org_units(id),
  kind text NOT NULL CHECK (kind IN ('briefing', 'working_session')),
  title text NOT NULL,
  held_on date NOT NULL,
  place text,
  chair text NOT NULL,
  participants text,
  -- a working session is held with one unit
  subject_unit_id bigint REFERENCES org_units(id),
  -- [{unitName, text}]: opinions raised, by unit
  opinions jsonb NOT NULL DEFAULT '[]',
  conclusions text,
  directives text,
  -- the reports discussed (report_assignments)
  report_assignment_ids bigint[] NOT NULL DEFAULT '{}',
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (kind = 'briefing' OR subject_unit_id IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX briefings_unit ON briefings (unit_id, held_on DESC);
--> statement-breakpoint
CREATE TABLE tasks (
  id bigserial PRIMARY KEY,
  -- the unit that owns it, and optionally the person
  unit_id bigint NOT NULL REFERENCES org_units(id),
  owner_user_id bigint REFERENCES app_users(id),
  title text NOT NULL,
  deadline date NOT NULL,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in_progress', 'done')),
  evidence text,
  done_at timestamptz,
  source_kind text NOT NULL DEFAULT 'none' CHECK (source_kind IN ('briefing', 'working_session', 'alert', 'none')),
  briefing_id bigint REFERENCES briefings(id),
  -- the unit that gave it (the briefing's host): its officials follow it up
  assigned_by_unit_id bigint NOT NULL REFERENCES org_units(id),
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'done' OR (done_at IS NOT NULL AND evidence IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX tasks_unit ON tasks (unit_id, status, deadline);
--> statement-breakpoint
CREATE INDEX tasks_owner ON tasks (owner_user_id, status) WHERE owner_user_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX tasks_briefing ON tasks (briefing_id);
--> statement-breakpoint
CREATE INDEX tasks_assigned_by ON tasks (assigned_by_unit_id, status);
--> statement-breakpoint
CREATE TRIGGER briefings_audit AFTER INSERT OR UPDATE OR DELETE ON briefings FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER tasks_audit AFTER INSERT OR UPDATE OR DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION audit_row();
