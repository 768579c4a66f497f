-- Issue 18 §7: dashboards. Figures are precomputed, like DHIS2's analytics tables: each unit's SUBTREE value
-- of each computed indicator for each quarter, under the tree as it stood then, written by the refresh job
-- (reports/indicators engine, the same figures as the reports). Dashboards read this table only.
CREATE TABLE indicator_snapshots (
  unit_id bigint NOT NULL REFERENCES org_units(id),
  indicator_key text NOT NULL,
  period_kind text NOT NULL DEFAULT 'quarter' CHECK (period_kind IN ('quarter', 'year')),
  period_start date NOT NULL,
  value numeric NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit_id, indicator_key, period_kind, period_start)
);
--> statement-breakpoint
-- A unit's yearly target for an indicator (chỉ tiêu kế hoạch), set by the unit's officers or those above.
CREATE TABLE indicator_targets (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES org_units(id),
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  indicator_key text NOT NULL,
  target numeric NOT NULL CHECK (target >= 0),
  created_by bigint REFERENCES app_users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, year, indicator_key)
);
--> statement-breakpoint
CREATE TRIGGER indicator_targets_audit AFTER INSERT OR UPDATE OR DELETE ON indicator_targets FOR EACH ROW EXECUTE FUNCTION audit_row();
