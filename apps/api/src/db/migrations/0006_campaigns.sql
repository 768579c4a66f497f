-- Campaigns (issue 5): a plan issued by a unit and copied down the tree, one copy per receiving unit;
-- activities with indicators; per-unit reports; events with registrations, tickets and check-ins.
CREATE TABLE campaigns (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES org_units(id),
  parent_id bigint REFERENCES campaigns(id),
  root_id bigint REFERENCES campaigns(id),
  kind text NOT NULL CHECK (kind IN ('workers_month', 'osh_month', 'tet_sum_vay', 'membership_drive', 'other')),
  title text NOT NULL,
  year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  report_due_on date,
  themes text[] NOT NULL DEFAULT '{}',
  plan_file_key text,
  plan_file_name text,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on >= starts_on)
);
--> statement-breakpoint
-- One copy of a campaign per unit.
CREATE UNIQUE INDEX campaigns_one_copy ON campaigns (root_id, unit_id);
--> statement-breakpoint
CREATE INDEX campaigns_parent ON campaigns (parent_id);
--> statement-breakpoint
CREATE INDEX campaigns_unit ON campaigns (unit_id, year);
--> statement-breakpoint
CREATE TABLE campaign_activities (
  id bigserial PRIMARY KEY,
  campaign_id bigint NOT NULL REFERENCES campaigns(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  -- the activity of the parent copy this one was inherited from; inherited activities cannot be removed
  inherited_from_id bigint REFERENCES campaign_activities(id),
  origin_id bigint REFERENCES campaign_activities(id),
  title text NOT NULL,
  description text,
  is_model boolean NOT NULL DEFAULT false,
  indicators text[] NOT NULL DEFAULT '{}',
  position int NOT NULL DEFAULT 0,
  removed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX campaign_activities_campaign ON campaign_activities (campaign_id, position, id);
--> statement-breakpoint
CREATE TABLE campaign_reports (
  id bigserial PRIMARY KEY,
  campaign_id bigint NOT NULL REFERENCES campaigns(id),
  activity_id bigint NOT NULL UNIQUE REFERENCES campaign_activities(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  done boolean NOT NULL,
  done_on date,
  indicators jsonb NOT NULL DEFAULT '{}',
  notes text,
  files jsonb NOT NULL DEFAULT '[]',
  reported_by bigint REFERENCES app_users(id),
  reported_at timestamptz NOT NULL DEFAULT now(),
  -- numbers are counts or whole đồng: never negative, whoever writes
  CHECK (NOT jsonb_path_exists(indicators, '$.* ? (@ < 0)'))
);
--> statement-breakpoint
CREATE INDEX campaign_reports_campaign ON campaign_reports (campaign_id);
--> statement-breakpoint
CREATE TABLE events (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES org_units(id),
  campaign_id bigint REFERENCES campaigns(id),
  activity_id bigint REFERENCES campaign_activities(id),
  title text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('launch_ceremony', 'health_check', 'dialogue', 'voter_meeting',
    'union_home_groundbreaking', 'visits_gifts', 'safe_driving_day', 'sports_culture', 'training', 'other')),
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  place_address text,
  place_province_code text,
  place_commune_code text,
  place_code_version text,
  industrial_zone_unit_id bigint REFERENCES org_units(id),
  co_organisers text[] NOT NULL DEFAULT '{}',
  -- [{name, cashVnd, inKind}]
  sponsors jsonb NOT NULL DEFAULT '[]',
  budget_vnd bigint CHECK (budget_vnd >= 0),
  spent_vnd bigint CHECK (spent_vnd >= 0),
  description text,
  -- [{key, fileName}]
  photos jsonb NOT NULL DEFAULT '[]',
  registration_enabled boolean NOT NULL DEFAULT false,
  capacity int CHECK (capacity >= 0),
  waitlist_enabled boolean NOT NULL DEFAULT true,
  opens_at timestamptz,
  closes_at timestamptz,
  eligible_unit_id bigint REFERENCES org_units(id),
  members_only boolean NOT NULL DEFAULT false,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at >= starts_at)
);
--> statement-breakpoint
CREATE INDEX events_unit_start ON events (unit_id, starts_at);
--> statement-breakpoint
CREATE INDEX events_start ON events (starts_at);
--> statement-breakpoint
CREATE INDEX events_campaign ON events (campaign_id);
--> statement-breakpoint
CREATE TABLE event_quotas (
  id bigserial PRIMARY KEY,
  event_id bigint NOT NULL REFERENCES events(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  capacity int NOT NULL CHECK (capacity >= 0),
  UNIQUE (event_id, unit_id)
);
--> statement-breakpoint
-- Seat counters, kept apart from the audited rows: registrations themselves are audited, and a
-- counter row is the one lock every registration of an event takes (conditional UPDATE taken < capacity).
CREATE TABLE event_seat_counts (
  event_id bigint PRIMARY KEY REFERENCES events(id),
  taken int NOT NULL DEFAULT 0 CHECK (taken >= 0)
);
--> statement-breakpoint
CREATE TABLE quota_seat_counts (
  quota_id bigint PRIMARY KEY REFERENCES event_quotas(id),
  taken int NOT NULL DEFAULT 0 CHECK (taken >= 0)
);
--> statement-breakpoint
CREATE TABLE registrations (
  id bigserial PRIMARY KEY,
  event_id bigint NOT NULL REFERENCES events(id),
  -- the registrant's unit (their grassroots union, or an account's home unit)
  unit_id bigint NOT NULL REFERENCES org_units(id),
  person_id bigint REFERENCES persons(id),
  user_id bigint REFERENCES app_users(id),
  full_name text NOT NULL,
  quota_id bigint REFERENCES event_quotas(id),
  status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
  ticket_code text UNIQUE,
  checked_in_at timestamptz,
  registered_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  CHECK ((person_id IS NULL) <> (user_id IS NULL))
);
--> statement-breakpoint
-- One registration per person (or account) per event, whoever races.
CREATE UNIQUE INDEX registrations_one_person ON registrations (event_id, person_id)
  WHERE person_id IS NOT NULL AND status <> 'cancelled';
--> statement-breakpoint
CREATE UNIQUE INDEX registrations_one_account ON registrations (event_id, user_id)
  WHERE user_id IS NOT NULL AND status <> 'cancelled';
--> statement-breakpoint
CREATE INDEX registrations_waitlist ON registrations (event_id, id) WHERE status = 'waitlisted';
--> statement-breakpoint
CREATE TABLE checkins (
  id bigserial PRIMARY KEY,
  event_id bigint NOT NULL REFERENCES events(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  registration_id bigint REFERENCES registrations(id),
  -- one per scan on the device: a scan synced twice is answered from here, not counted twice
  idempotency_key text NOT NULL UNIQUE,
  ok boolean NOT NULL,
  reason text,
  scanned_at timestamptz NOT NULL,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX checkins_event ON checkins (event_id, created_at);
--> statement-breakpoint
-- Signing keys (ticket HMAC). Never audited: the audit log must not carry secrets.
CREATE TABLE app_secrets (
  name text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TRIGGER campaigns_audit AFTER INSERT OR UPDATE OR DELETE ON campaigns FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER campaign_activities_audit AFTER INSERT OR UPDATE OR DELETE ON campaign_activities FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER campaign_reports_audit AFTER INSERT OR UPDATE OR DELETE ON campaign_reports FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER events_audit AFTER INSERT OR UPDATE OR DELETE ON events FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER event_quotas_audit AFTER INSERT OR UPDATE OR DELETE ON event_quotas FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER registrations_audit AFTER INSERT OR UPDATE OR DELETE ON registrations FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER checkins_audit AFTER INSERT OR UPDATE OR DELETE ON checkins FOR EACH ROW EXECUTE FUNCTION audit_row();
