-- Issue 17, first slice: welfare programmes (chương trình chăm lo), quotas down the tree (chỉ tiêu),
-- nominations up it (đề nghị), level-by-level reviews and hand-outs. Amounts are whole VND (bigint).
CREATE TABLE welfare_programmes (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES org_units(id),
  kind text NOT NULL CHECK (kind IN ('union_home', 'tet_gift', 'accident_illness', 'hardship_visit', 'tet_tickets',
    'tet_market_voucher', 'scholarship', 'other')),
  name text NOT NULL,
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  nomination_from date NOT NULL,
  nomination_to date NOT NULL,
  handout_from date,
  handout_to date,
  benefit_form text NOT NULL CHECK (benefit_form IN ('cash', 'in_kind', 'voucher', 'ticket')),
  -- the amount, or the value of the gift, voucher or ticket
  benefit_vnd bigint NOT NULL CHECK (benefit_vnd >= 0),
  benefit_description text,
  eligible_statuses text[] NOT NULL DEFAULT '{active}',
  -- whose members may be nominated: this unit's subtree (null: the owner's)
  eligible_unit_id bigint REFERENCES org_units(id),
  hardship_categories text[] NOT NULL DEFAULT '{}',
  non_members_allowed boolean NOT NULL DEFAULT false,
  -- a person's total VND from programmes of this kind in the year
  yearly_cap_vnd bigint CHECK (yearly_cap_vnd >= 0),
  yearly_cap_mode text NOT NULL DEFAULT 'block' CHECK (yearly_cap_mode IN ('warn', 'block')),
  campaign_id bigint REFERENCES campaigns(id),
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (nomination_to >= nomination_from),
  CHECK (handout_to IS NULL OR handout_from IS NULL OR handout_to >= handout_from)
);
--> statement-breakpoint
CREATE INDEX welfare_programmes_unit ON welfare_programmes (unit_id, year);
--> statement-breakpoint
CREATE TABLE welfare_funding (
  id bigserial PRIMARY KEY,
  programme_id bigint NOT NULL REFERENCES welfare_programmes(id) ON DELETE CASCADE,
  source_kind text NOT NULL CHECK (source_kind IN ('union_fund', 'social_fund', 'sponsor', 'co_funding', 'other')),
  sponsor_name text,
  amount_vnd bigint NOT NULL CHECK (amount_vnd >= 0)
);
--> statement-breakpoint
CREATE INDEX welfare_funding_programme ON welfare_funding (programme_id);
--> statement-breakpoint
-- The owner's quota has no parent (the programme's total); every other quota hangs under its parent unit's.
CREATE TABLE welfare_quotas (
  id bigserial PRIMARY KEY,
  programme_id bigint NOT NULL REFERENCES welfare_programmes(id) ON DELETE CASCADE,
  unit_id bigint NOT NULL REFERENCES org_units(id),
  parent_quota_id bigint REFERENCES welfare_quotas(id),
  count int NOT NULL CHECK (count >= 0),
  budget_vnd bigint NOT NULL CHECK (budget_vnd >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (programme_id, unit_id)
);
--> statement-breakpoint
CREATE INDEX welfare_quotas_parent ON welfare_quotas (parent_quota_id);
--> statement-breakpoint
CREATE TABLE welfare_nominations (
  id bigserial PRIMARY KEY,
  programme_id bigint NOT NULL REFERENCES welfare_programmes(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  person_id bigint REFERENCES persons(id),
  -- a non-member's identity, or a copy of the member's CCCD so one CCCD is nominated once per programme
  full_name text NOT NULL,
  cccd text CHECK (cccd ~ '^[0-9]{12}$'),
  phone text,
  reason text NOT NULL,
  hardship_category text,
  amount_vnd bigint NOT NULL CHECK (amount_vnd >= 0),
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'approved_at_level', 'returned', 'refused', 'approved', 'handed_out')),
  -- the unit whose officials review it now (submitted or approved_at_level)
  level_unit_id bigint REFERENCES org_units(id),
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (person_id IS NOT NULL OR cccd IS NOT NULL),
  UNIQUE (programme_id, person_id),
  UNIQUE (programme_id, cccd)
);
--> statement-breakpoint
CREATE INDEX welfare_nominations_unit ON welfare_nominations (programme_id, unit_id);
--> statement-breakpoint
CREATE INDEX welfare_nominations_person ON welfare_nominations (person_id) WHERE person_id IS NOT NULL;
--> statement-breakpoint
CREATE INDEX welfare_nominations_cccd ON welfare_nominations (cccd) WHERE cccd IS NOT NULL;
--> statement-breakpoint
CREATE TABLE welfare_nomination_reviews (
  id bigserial PRIMARY KEY,
  nomination_id bigint NOT NULL REFERENCES welfare_nominations(id),
  level_unit_id bigint NOT NULL REFERENCES org_units(id),
  decision text NOT NULL CHECK (decision IN ('submitted', 'approved', 'returned', 'refused')),
  comment text,
  decided_by bigint REFERENCES app_users(id),
  decided_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX welfare_nomination_reviews_nomination ON welfare_nomination_reviews (nomination_id);
--> statement-breakpoint
CREATE TABLE welfare_handouts (
  id bigserial PRIMARY KEY,
  nomination_id bigint NOT NULL UNIQUE REFERENCES welfare_nominations(id),
  method text NOT NULL CHECK (method IN ('cash', 'transfer', 'in_kind', 'voucher')),
  amount_vnd bigint NOT NULL CHECK (amount_vnd >= 0),
  handed_by text NOT NULL,
  place text,
  handed_on date NOT NULL,
  event_id bigint REFERENCES events(id),
  recorded_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- The sum of the quotas below a unit, plus what the unit nominated itself, never exceeds its own quota.
-- The use cases lock the parent quota first; this trigger locks it too and re-reads the committed
-- children (each statement of a plpgsql function sees a fresh snapshot), so concurrent edits of
-- sibling quotas are serialised on the parent and cannot overshoot it together.
CREATE FUNCTION welfare_quota_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  q record;
  below record;
  nominated int;
BEGIN
  FOR q IN SELECT * FROM welfare_quotas WHERE id IN (NEW.parent_quota_id, NEW.id) ORDER BY id FOR UPDATE LOOP
    SELECT coalesce(sum(count), 0) AS n, coalesce(sum(budget_vnd), 0) AS vnd INTO below
      FROM welfare_quotas WHERE parent_quota_id = q.id;
    SELECT count(*) INTO nominated FROM welfare_nominations
     WHERE programme_id = q.programme_id AND unit_id = q.unit_id AND status <> 'refused';
    IF below.n + nominated > q.count OR below.vnd > q.budget_vnd THEN
      RAISE EXCEPTION 'welfare quota % exceeded by the quotas below it', q.id USING ERRCODE = 'check_violation';
    END IF;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER welfare_quotas_sum AFTER INSERT OR UPDATE ON welfare_quotas
  FOR EACH ROW EXECUTE FUNCTION welfare_quota_check();
--> statement-breakpoint
CREATE TRIGGER welfare_programmes_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_programmes FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER welfare_funding_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_funding FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER welfare_quotas_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_quotas FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER welfare_nominations_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_nominations FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER welfare_nomination_reviews_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_nomination_reviews FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER welfare_handouts_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_handouts FOR EACH ROW EXECUTE FUNCTION audit_row();
