-- Issue 17: bulk nomination from a spreadsheet, attachments on a nomination, applications through event
-- registrations.
-- A nomination list goes through the member import's machinery (upload, sheet, encoding, mapping, checked
-- rows, error file); `purpose` says which check and commit apply to it.
ALTER TABLE member_imports
  ADD COLUMN purpose text NOT NULL DEFAULT 'members' CHECK (purpose IN ('members', 'welfare_nominations')),
  ADD COLUMN programme_id bigint REFERENCES welfare_programmes(id),
  ADD CHECK ((purpose = 'welfare_nominations') = (programme_id IS NOT NULL));
--> statement-breakpoint
ALTER TABLE member_import_rows
  ADD COLUMN reason text,
  ADD COLUMN hardship_category text,
  ADD COLUMN amount_vnd bigint,
  ADD COLUMN nomination_id bigint;
--> statement-breakpoint
-- Documents and photos on a nomination (giấy xác nhận hoàn cảnh, ảnh nhà ở …): the file is in the FileStore.
CREATE TABLE welfare_nomination_files (
  id bigserial PRIMARY KEY,
  nomination_id bigint NOT NULL REFERENCES welfare_nominations(id),
  file_key text NOT NULL,
  file_name text NOT NULL,
  file_kind text NOT NULL,
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  note text,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX welfare_nomination_files_nomination ON welfare_nomination_files (nomination_id);
--> statement-breakpoint
CREATE TRIGGER welfare_nomination_files_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_nomination_files FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
-- Members apply by registering for the programme's event (online Tết Market); each registration becomes
-- one application, which enters the same review as a nomination.
ALTER TABLE welfare_programmes ADD COLUMN application_event_id bigint REFERENCES events(id);
--> statement-breakpoint
ALTER TABLE welfare_nominations
  ADD COLUMN source text NOT NULL DEFAULT 'official' CHECK (source IN ('official', 'import', 'application')),
  ADD COLUMN registration_id bigint UNIQUE REFERENCES registrations(id);
