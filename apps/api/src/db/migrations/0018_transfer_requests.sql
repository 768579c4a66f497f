-- Issue 14 item 5: an import never overwrites silently, and a person held by another union becomes a
-- transfer request (xin chuyển sinh hoạt về) that the holding union accepts or refuses.
CREATE TABLE transfer_requests (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES persons(id),
  -- the holding union (unit_id, so its auditors see the request) and the union asking for the member
  unit_id bigint NOT NULL REFERENCES org_units(id),
  to_unit_id bigint NOT NULL REFERENCES org_units(id),
  -- the name as the requesting union wrote it (it never sees the registry's record before acceptance)
  requested_name text NOT NULL,
  reason text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'refused', 'cancelled')),
  requested_by bigint REFERENCES app_users(id),
  import_id bigint REFERENCES member_imports(id),
  import_row_no int,
  decided_at timestamptz,
  decided_by bigint REFERENCES app_users(id),
  decision_reason text,
  member_transfer_id bigint REFERENCES member_transfers(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNIQUE INDEX transfer_requests_one_pending ON transfer_requests (person_id, to_unit_id) WHERE status = 'pending';
--> statement-breakpoint
CREATE INDEX transfer_requests_from ON transfer_requests (unit_id, status);
--> statement-breakpoint
CREATE INDEX transfer_requests_to ON transfer_requests (to_unit_id, status);
--> statement-breakpoint
CREATE TRIGGER transfer_requests_audit AFTER INSERT OR UPDATE OR DELETE ON transfer_requests FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
-- 'update' now fills empty fields only; 'overwrite' (explicit) lets the file's values win; 'transfer' asks the
-- holding union. held_elsewhere: the matched person's open membership is in another union.
ALTER TABLE member_import_rows DROP CONSTRAINT member_import_rows_action_check,
  ADD CONSTRAINT member_import_rows_action_check CHECK (action IN ('create', 'update', 'overwrite', 'skip', 'transfer')),
  DROP CONSTRAINT member_import_rows_match_kind_check,
  ADD CONSTRAINT member_import_rows_match_kind_check CHECK (match_kind IN ('cccd', 'old_id', 'phone', 'probable')),
  ADD COLUMN held_elsewhere boolean NOT NULL DEFAULT false,
  -- matched outside the importer's scope: nothing about the person is shown, and nothing is written to them
  ADD COLUMN match_outside boolean NOT NULL DEFAULT false,
  ADD COLUMN result_person_id bigint,
  ADD COLUMN transfer_request_id bigint;
--> statement-breakpoint
ALTER TABLE member_imports DROP CONSTRAINT member_imports_default_action_check,
  ADD CONSTRAINT member_imports_default_action_check CHECK (default_action IN ('update', 'overwrite', 'skip', 'create'));
