-- Issue 18, first slice: periodic reports (báo cáo định kỳ). A form (biểu mẫu) is versioned: a version
-- that has submissions is never changed, a change makes the next version. An assignment (đợt báo cáo) asks
-- a subtree for one form and period by a deadline; each unit of the form's levels submits once per
-- assignment, and the level above reviews.
CREATE TABLE report_forms (
  id bigserial PRIMARY KEY,
  -- the unit that owns the form: its subtree may use it (the confederation's forms serve the whole country)
  unit_id bigint NOT NULL REFERENCES org_units(id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{2,40}$'),
  version int NOT NULL CHECK (version >= 1),
  name text NOT NULL,
  frequency text NOT NULL CHECK (frequency IN ('month', 'quarter', 'half_year', 'year')),
  -- the kinds of unit that must submit (org_units.kind)
  levels text[] NOT NULL,
  -- [{key, title, kind: 'indicators'|'narrative', indicators?: [key]}]
  sections jsonb NOT NULL,
  -- indicators entered by hand in this form: [{key, vi, unit: 'count'|'vnd'|'percent', aggregation}]
  entered jsonb NOT NULL DEFAULT '[]',
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, code, version)
);
--> statement-breakpoint
CREATE TABLE report_assignments (
  id bigserial PRIMARY KEY,
  form_id bigint NOT NULL REFERENCES report_forms(id),
  -- the unit that assigns; the units of its subtree of the form's levels submit
  unit_id bigint NOT NULL REFERENCES org_units(id),
  period_from date NOT NULL,
  period_to date NOT NULL,
  period_label text NOT NULL,
  deadline date NOT NULL,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_to >= period_from),
  UNIQUE (form_id, unit_id, period_from)
);
--> statement-breakpoint
CREATE INDEX report_assignments_unit ON report_assignments (unit_id, period_from);
--> statement-breakpoint
CREATE TABLE report_submissions (
  id bigserial PRIMARY KEY,
  assignment_id bigint NOT NULL REFERENCES report_assignments(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
  -- entered indicator key → value; narrative section key → text
  entered jsonb NOT NULL DEFAULT '{}',
  narrative jsonb NOT NULL DEFAULT '{}',
  -- the computed figures as they were when submitted (the live ones keep moving with late corrections)
  computed jsonb,
  submitted_at timestamptz,
  submitted_by bigint REFERENCES app_users(id),
  decided_at timestamptz,
  decided_by bigint REFERENCES app_users(id),
  return_comment text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (assignment_id, unit_id)
);
--> statement-breakpoint
CREATE INDEX report_submissions_unit ON report_submissions (unit_id);
--> statement-breakpoint
CREATE TABLE report_reviews (
  id bigserial PRIMARY KEY,
  submission_id bigint NOT NULL REFERENCES report_submissions(id),
  decision text NOT NULL CHECK (decision IN ('submitted', 'returned', 'approved', 'reopened')),
  comment text,
  decided_by bigint REFERENCES app_users(id),
  decided_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX report_reviews_submission ON report_reviews (submission_id);
--> statement-breakpoint
CREATE TRIGGER report_forms_audit AFTER INSERT OR UPDATE OR DELETE ON report_forms FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER report_assignments_audit AFTER INSERT OR UPDATE OR DELETE ON report_assignments FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER report_submissions_audit AFTER INSERT OR UPDATE OR DELETE ON report_submissions FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER report_reviews_audit AFTER INSERT OR UPDATE OR DELETE ON report_reviews FOR EACH ROW EXECUTE FUNCTION audit_row();
