-- Members (issue 4): a person (who they are) and their memberships (where they belong, over time).
-- persons.unit_id / member_status / membership_id mirror the latest membership (kept by a trigger on
-- memberships) so lists, scope and audit need no search through the history.
CREATE TABLE persons (
  id bigserial PRIMARY KEY,
  unit_id bigint REFERENCES org_units(id),
  member_status text,
  membership_id bigint,
  family_name text NOT NULL DEFAULT '',
  middle_name text NOT NULL DEFAULT '',
  given_name text NOT NULL,
  full_name text NOT NULL,
  sort_key text COLLATE "C" NOT NULL,
  gender text CHECK (gender IN ('male', 'female')),
  birth_date date,
  cccd text CHECK (cccd ~ '^[0-9]{12}$'),
  phone text,
  email text,
  ethnicity text,
  permanent_address text,
  permanent_province_code text,
  permanent_commune_code text,
  permanent_code_version text,
  current_address text,
  current_province_code text,
  current_commune_code text,
  current_code_version text,
  occupation text,
  employer text,
  education_level text,
  nationality text NOT NULL DEFAULT 'VN',
  passport_no text,
  merged_into_id bigint REFERENCES persons(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNIQUE INDEX persons_cccd ON persons (cccd) WHERE cccd IS NOT NULL;
--> statement-breakpoint
-- Counting a subtree (unit_id = ANY(units)) with the common filters is an index-only scan.
CREATE INDEX persons_unit ON persons (unit_id, member_status) INCLUDE (gender, birth_date) WHERE merged_into_id IS NULL;
--> statement-breakpoint
-- Paging in Vietnamese order over a large subtree walks this index (index-only for the rows it skips)
-- and stops after one page.
CREATE INDEX persons_sort ON persons (sort_key, id) INCLUDE (unit_id, member_status, gender, birth_date)
  WHERE merged_into_id IS NULL;
--> statement-breakpoint
CREATE INDEX persons_name_trgm ON persons USING gin (immutable_unaccent(lower(full_name)) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX persons_phone ON persons (phone) WHERE phone IS NOT NULL;
--> statement-breakpoint
CREATE INDEX persons_birth ON persons (birth_date);
--> statement-breakpoint
CREATE TABLE memberships (
  id bigserial PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES persons(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  union_group_id bigint REFERENCES org_units(id),
  admitted_on date NOT NULL,
  status text NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'in_transit', 'transferred_out', 'left', 'removed', 'deceased')),
  status_on date,
  status_reason text,
  card_number text,
  card_issued_on date,
  -- new admission, continuation after a confirmed transfer, or reinstatement (only 'new' counts
  -- towards membership development targets)
  admission_kind text NOT NULL DEFAULT 'new' CHECK (admission_kind IN ('new', 'transfer', 'reinstatement')),
  previous_membership_id bigint REFERENCES memberships(id),
  outstanding_year int,
  outstanding_note text,
  party_introduced_on date,
  party_introduction_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- At most one membership held (active or in transit) per person: two concurrent admissions or
-- transfers of the same person cannot both commit.
CREATE UNIQUE INDEX memberships_one_open ON memberships (person_id) WHERE status IN ('active', 'in_transit');
--> statement-breakpoint
-- A card number is held by one current membership; member_cards (unique card_number) makes every
-- issued number unique for ever. A transfer or reinstatement carries the card to the new membership.
CREATE UNIQUE INDEX memberships_card_number ON memberships (card_number)
  WHERE card_number IS NOT NULL AND status IN ('active', 'in_transit');
--> statement-breakpoint
CREATE INDEX memberships_person ON memberships (person_id, admitted_on, id);
--> statement-breakpoint
CREATE INDEX memberships_unit ON memberships (unit_id, admitted_on);
--> statement-breakpoint
-- Keep persons.unit_id / member_status / membership_id equal to the person's latest membership, whoever writes.
CREATE FUNCTION persons_resync(p_person bigint) RETURNS void LANGUAGE plpgsql AS $$
DECLARE latest memberships;
BEGIN
  SELECT * INTO latest FROM memberships WHERE person_id = p_person
   ORDER BY (status IN ('active', 'in_transit')) DESC, admitted_on DESC, id DESC LIMIT 1;
  IF latest.id IS NULL THEN RETURN; END IF;
  UPDATE persons SET unit_id = latest.unit_id, member_status = latest.status, membership_id = latest.id,
         updated_at = now()
   WHERE id = p_person AND (unit_id IS DISTINCT FROM latest.unit_id OR member_status IS DISTINCT FROM latest.status
         OR membership_id IS DISTINCT FROM latest.id);
END $$;
--> statement-breakpoint
CREATE FUNCTION memberships_sync_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM persons_resync(NEW.person_id);
  IF TG_OP = 'UPDATE' AND OLD.person_id <> NEW.person_id THEN PERFORM persons_resync(OLD.person_id); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER memberships_sync AFTER INSERT OR UPDATE OF unit_id, status, person_id ON memberships
  FOR EACH ROW EXECUTE FUNCTION memberships_sync_person();
--> statement-breakpoint
CREATE TABLE member_transfers (
  id bigserial PRIMARY KEY,
  membership_id bigint NOT NULL REFERENCES memberships(id),
  person_id bigint NOT NULL REFERENCES persons(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  to_unit_id bigint NOT NULL REFERENCES org_units(id),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'refused', 'cancelled')),
  requested_on date NOT NULL,
  reason text,
  requested_by bigint REFERENCES app_users(id),
  decided_at timestamptz,
  decided_by bigint REFERENCES app_users(id),
  decision_reason text,
  new_membership_id bigint REFERENCES memberships(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE UNIQUE INDEX member_transfers_one_pending ON member_transfers (membership_id) WHERE status = 'pending';
--> statement-breakpoint
CREATE INDEX member_transfers_to ON member_transfers (to_unit_id, status);
--> statement-breakpoint
CREATE INDEX member_transfers_from ON member_transfers (unit_id, status);
--> statement-breakpoint
-- Every card ever issued; memberships.card_number is the current one.
CREATE TABLE member_cards (
  id bigserial PRIMARY KEY,
  membership_id bigint NOT NULL REFERENCES memberships(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  card_number text NOT NULL UNIQUE,
  issued_on date NOT NULL,
  reason text,
  replaced_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX member_cards_membership ON member_cards (membership_id);
--> statement-breakpoint
-- Card numbering per provincial federation: {FED} federation code, {YYYY} year, {SEQ:n} sequence.
CREATE TABLE card_schemes (
  unit_id bigint PRIMARY KEY REFERENCES org_units(id),
  pattern text NOT NULL,
  next_seq bigint NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- A merge keeps one person; `snapshot` holds what is needed to undo it by a later operation.
CREATE TABLE person_merges (
  id bigserial PRIMARY KEY,
  unit_id bigint REFERENCES org_units(id),
  kept_person_id bigint NOT NULL REFERENCES persons(id),
  merged_person_id bigint NOT NULL REFERENCES persons(id),
  moved_membership_ids bigint[] NOT NULL,
  snapshot jsonb NOT NULL,
  reason text,
  merged_at timestamptz NOT NULL DEFAULT now(),
  merged_by bigint REFERENCES app_users(id),
  undone_at timestamptz,
  undone_by bigint REFERENCES app_users(id)
);
--> statement-breakpoint
CREATE TABLE development_targets (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES org_units(id),
  year int NOT NULL,
  new_members int NOT NULL DEFAULT 0,
  new_unions int NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (unit_id, year)
);
--> statement-breakpoint
-- The HMAC key that signs card verification URLs (not personal data; never audited).
CREATE TABLE card_signing_keys (
  id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  secret text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TRIGGER persons_audit AFTER INSERT OR UPDATE OR DELETE ON persons FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER memberships_audit AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER member_transfers_audit AFTER INSERT OR UPDATE OR DELETE ON member_transfers FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER member_cards_audit AFTER INSERT OR UPDATE OR DELETE ON member_cards FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER card_schemes_audit AFTER INSERT OR UPDATE OR DELETE ON card_schemes FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER person_merges_audit AFTER INSERT OR UPDATE OR DELETE ON person_merges FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER development_targets_audit AFTER INSERT OR UPDATE OR DELETE ON development_targets FOR EACH ROW EXECUTE FUNCTION audit_row();
