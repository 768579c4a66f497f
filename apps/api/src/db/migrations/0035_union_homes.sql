-- Issue 17 item 6: Union Homes (Mái ấm Công đoàn). A house record for a beneficiary of a union_home programme,
-- its stage (the last one reached: each move needs the stage's data), its location (2025 administrative codes
-- and coordinates), milestones during construction, and photos (stored like event photos, served in scope).
CREATE TABLE welfare_homes (
  id bigserial PRIMARY KEY,
  programme_id bigint NOT NULL REFERENCES welfare_programmes(id),
  -- the beneficiary's nomination in the programme, when the house came through one (one house per nomination)
  nomination_id bigint UNIQUE REFERENCES welfare_nominations(id),
  -- the unit following the house (the nominating unit): its scope decides who sees the house
  unit_id bigint NOT NULL REFERENCES org_units(id),
  person_id bigint REFERENCES persons(id),
  full_name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('build', 'repair')),
  stage text NOT NULL DEFAULT 'application' CHECK (stage IN ('application', 'survey', 'approval', 'funding',
    'ground_breaking', 'completion', 'handover', 'final_cost')),
  -- application
  family_situation text NOT NULL,
  applied_on date NOT NULL,
  admin_version text NOT NULL DEFAULT '2025-07-01',
  province_code text NOT NULL,
  commune_code text NOT NULL,
  address text NOT NULL,
  latitude numeric(8, 5) NOT NULL CHECK (latitude BETWEEN 8 AND 23.5),
  longitude numeric(8, 5) NOT NULL CHECK (longitude BETWEEN 102 AND 117.5),
  -- survey
  surveyed_on date,
  surveyed_by text,
  survey_findings text,
  estimated_cost_vnd bigint CHECK (estimated_cost_vnd > 0),
  -- approval
  approved_on date,
  decision_number text,
  approved_cost_vnd bigint CHECK (approved_cost_vnd > 0),
  -- funding split: union, co-funders [{name, amountVnd}], family, other; their sum is the approved cost
  union_vnd bigint CHECK (union_vnd >= 0),
  co_funders jsonb NOT NULL DEFAULT '[]',
  family_vnd bigint CHECK (family_vnd >= 0),
  other_vnd bigint CHECK (other_vnd >= 0),
  -- ground-breaking, completion, handover ceremony
  started_on date,
  start_event_id bigint REFERENCES events(id),
  completed_on date,
  handed_on date,
  handover_event_id bigint REFERENCES events(id),
  -- the final cost (quyết toán)
  final_cost_vnd bigint CHECK (final_cost_vnd > 0),
  note text,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (admin_version, province_code) REFERENCES admin_provinces (version, code),
  FOREIGN KEY (admin_version, commune_code) REFERENCES admin_communes (version, code)
);
--> statement-breakpoint
CREATE INDEX welfare_homes_programme ON welfare_homes (programme_id);
--> statement-breakpoint
CREATE INDEX welfare_homes_unit ON welfare_homes (unit_id);
--> statement-breakpoint
CREATE INDEX welfare_homes_province ON welfare_homes (province_code);
--> statement-breakpoint
CREATE TABLE welfare_home_milestones (
  id bigserial PRIMARY KEY,
  home_id bigint NOT NULL REFERENCES welfare_homes(id),
  title text NOT NULL,
  done_on date NOT NULL,
  progress_percent int NOT NULL CHECK (progress_percent BETWEEN 0 AND 100),
  note text,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX welfare_home_milestones_home ON welfare_home_milestones (home_id);
--> statement-breakpoint
CREATE TABLE welfare_home_photos (
  id bigserial PRIMARY KEY,
  home_id bigint NOT NULL REFERENCES welfare_homes(id),
  stage text NOT NULL CHECK (stage IN ('application', 'survey', 'approval', 'funding', 'ground_breaking',
    'completion', 'handover', 'final_cost')),
  milestone_id bigint REFERENCES welfare_home_milestones(id),
  file_key text NOT NULL,
  file_name text NOT NULL,
  caption text,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX welfare_home_photos_home ON welfare_home_photos (home_id);
--> statement-breakpoint
CREATE TRIGGER welfare_homes_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_homes FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER welfare_home_milestones_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_home_milestones FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER welfare_home_photos_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_home_photos FOR EACH ROW EXECUTE FUNCTION audit_row();
