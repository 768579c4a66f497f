-- Member import (issue 4): an uploaded list, its mapping, its checked rows, and its commit.
CREATE TABLE member_imports (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES org_units(id),
  created_by bigint REFERENCES app_users(id),
  file_key text NOT NULL,
  file_name text NOT NULL,
  file_kind text NOT NULL CHECK (file_kind IN ('xlsx', 'csv')),
  status text NOT NULL DEFAULT 'uploaded'
    CHECK (status IN ('uploaded', 'checking', 'checked', 'committing', 'committed', 'failed')),
  sheets jsonb NOT NULL DEFAULT '[]',
  sheet_index int NOT NULL DEFAULT 0,
  header_row int,
  data_start int,
  headers jsonb NOT NULL DEFAULT '[]',
  fields jsonb NOT NULL DEFAULT '[]',
  sample jsonb NOT NULL DEFAULT '[]',
  -- admission date for rows without one
  admitted_on date NOT NULL DEFAULT current_date,
  -- what to do with rows that match a known person (rows without a match are created)
  default_action text NOT NULL DEFAULT 'update' CHECK (default_action IN ('update', 'skip', 'create')),
  mode text CHECK (mode IN ('all_or_nothing', 'valid_only')),
  stats jsonb,
  preview_job_id bigint REFERENCES jobs(id),
  commit_job_id bigint REFERENCES jobs(id),
  error_file_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX member_imports_unit ON member_imports (unit_id, id DESC);
--> statement-breakpoint
-- Checked rows (staging, not audited: the import's own row and the persons it writes are).
CREATE TABLE member_import_rows (
  import_id bigint NOT NULL REFERENCES member_imports(id) ON DELETE CASCADE,
  row_no int NOT NULL,
  raw jsonb NOT NULL,
  family_name text NOT NULL DEFAULT '',
  middle_name text NOT NULL DEFAULT '',
  given_name text NOT NULL DEFAULT '',
  full_name text NOT NULL DEFAULT '',
  sort_key text COLLATE "C" NOT NULL DEFAULT '',
  gender text,
  birth_date date,
  cccd text,
  phone text,
  email text,
  ethnicity text,
  permanent_address text,
  current_address text,
  occupation text,
  employer text,
  education_level text,
  nationality text,
  passport_no text,
  admitted_on date,
  card_number text,
  errors jsonb NOT NULL DEFAULT '[]',
  warnings jsonb NOT NULL DEFAULT '[]',
  has_errors boolean NOT NULL DEFAULT false,
  match_person_id bigint,
  match_kind text CHECK (match_kind IN ('cccd', 'probable')),
  match_name text,
  -- null: the import's default action
  action text CHECK (action IN ('create', 'update', 'skip')),
  result text,
  PRIMARY KEY (import_id, row_no)
);
--> statement-breakpoint
-- The last confirmed mapping per grassroots union: folded header → field, reused on the next file.
CREATE TABLE member_import_mappings (
  unit_id bigint PRIMARY KEY REFERENCES org_units(id),
  mapping jsonb NOT NULL,
  updated_by bigint REFERENCES app_users(id),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TRIGGER member_imports_audit AFTER INSERT OR UPDATE OR DELETE ON member_imports FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER member_import_mappings_audit AFTER INSERT OR UPDATE OR DELETE ON member_import_mappings FOR EACH ROW EXECUTE FUNCTION audit_row();
