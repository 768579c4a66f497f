-- Dialogues and petitions (kiến nghị): calls for petitions, consolidation, answers, escalation, anonymity,
-- draft-law consultations and in-app notifications.
CREATE TABLE petition_topics (
  id bigserial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  sort int NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- The managed taxonomy starts with the topics the seeds name.
INSERT INTO petition_topics (code, name, sort) VALUES
  ('wages', 'Đời sống, việc làm, thu nhập và tiền lương', 10),
  ('housing', 'Nhà ở, nhà công vụ cho giáo viên vùng sâu, vùng xa', 20),
  ('kindergarten', 'Nhà trẻ, trường mẫu giáo cho con đoàn viên', 30),
  ('culture', 'Thiết chế văn hóa', 40),
  ('policy', 'Bất cập chính sách đối với người lao động, giáo viên, nhân viên cấp dưỡng, cán bộ không chuyên trách cấp xã', 50),
  ('law', 'Sửa đổi pháp luật lao động và bảo hiểm xã hội', 60),
  ('training', 'Đào tạo nghề', 70),
  ('other', 'Khác', 90);
--> statement-breakpoint
CREATE TABLE dialogues (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES org_units(id),
  kind text NOT NULL CHECK (kind IN ('government', 'workplace', 'may_dialogue', 'voter_meeting', 'listening')),
  title text NOT NULL,
  host text NOT NULL,
  held_on date NOT NULL,
  place text,
  participants text,
  agenda text,
  minutes text,
  minutes_file_key text,
  minutes_file_name text,
  -- Campaigns (Tháng Công nhân) arrive with a later issue: a plain column now, a foreign key then.
  campaign_event_id bigint,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX dialogues_unit ON dialogues (unit_id, held_on DESC);
--> statement-breakpoint
CREATE TABLE petition_calls (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES org_units(id),
  title text NOT NULL,
  description text,
  deadline timestamptz NOT NULL,
  dialogue_id bigint REFERENCES dialogues(id),
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE TABLE petition_call_targets (
  id bigserial PRIMARY KEY,
  call_id bigint NOT NULL REFERENCES petition_calls(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  submitted_at timestamptz,
  submitted_none boolean NOT NULL DEFAULT false,
  submitted_by bigint REFERENCES app_users(id),
  UNIQUE (call_id, unit_id)
);
--> statement-breakpoint
CREATE TABLE petitions (
  id bigserial PRIMARY KEY,
  -- unit_id is the union handling it now (moves up on escalation); origin_unit_id raised or submitted it.
  unit_id bigint NOT NULL REFERENCES org_units(id),
  origin_unit_id bigint NOT NULL REFERENCES org_units(id),
  call_id bigint REFERENCES petition_calls(id),
  dialogue_id bigint REFERENCES dialogues(id),
  is_consolidated boolean NOT NULL DEFAULT false,
  consolidated_into_id bigint REFERENCES petitions(id),
  title text NOT NULL,
  content text NOT NULL,
  topic_id bigint NOT NULL REFERENCES petition_topics(id),
  raised_by text NOT NULL CHECK (raised_by IN ('unit', 'member', 'anonymous', 'staff')),
  raised_by_user_id bigint REFERENCES app_users(id),
  raiser_name text,
  addressee_kind text NOT NULL CHECK (addressee_kind IN ('authority', 'employer', 'union_above')),
  addressee_name text NOT NULL,
  affected_workers int NOT NULL DEFAULT 0 CHECK (affected_workers >= 0),
  status text NOT NULL DEFAULT 'collected' CHECK (status IN ('collected', 'consolidated', 'presented', 'answered',
    'in_progress', 'resolved', 'unresolved', 'rejected')),
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  answer_text text,
  answered_by text,
  responsible_agency text,
  commitment text,
  commitment_deadline date,
  answered_at timestamptz,
  resolved_at timestamptz,
  escalation_level int NOT NULL DEFAULT 0,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  -- an anonymous worker's identity never sits on this row (see petition_identities)
  CHECK (raised_by <> 'anonymous' OR (raised_by_user_id IS NULL AND raiser_name IS NULL)),
  CHECK (NOT is_consolidated OR consolidated_into_id IS NULL)
);
--> statement-breakpoint
CREATE INDEX petitions_unit ON petitions (unit_id);
--> statement-breakpoint
CREATE INDEX petitions_origin ON petitions (origin_unit_id);
--> statement-breakpoint
CREATE INDEX petitions_into ON petitions (consolidated_into_id);
--> statement-breakpoint
CREATE INDEX petitions_text_trgm ON petitions
  USING gin (immutable_unaccent(lower(title || ' ' || content)) gin_trgm_ops);
--> statement-breakpoint
-- The trail: every status change, consolidation, attachment, answer and escalation, dated.
CREATE TABLE petition_events (
  id bigserial PRIMARY KEY,
  petition_id bigint NOT NULL REFERENCES petitions(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  kind text NOT NULL,
  from_status text,
  to_status text,
  to_unit_id bigint REFERENCES org_units(id),
  note text,
  actor_id bigint REFERENCES app_users(id),
  actor_name text,
  at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX petition_events_petition ON petition_events (petition_id, id);
--> statement-breakpoint
CREATE TABLE petition_attachments (
  id bigserial PRIMARY KEY,
  petition_id bigint NOT NULL REFERENCES petitions(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  file_key text NOT NULL,
  file_name text NOT NULL,
  size bigint NOT NULL,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- An anonymous worker's identity, apart from the petition. No row trigger: audit_row would copy the
-- identity into the audit log; writes and every read are recorded as explicit events without the values.
CREATE TABLE petition_identities (
  petition_id bigint PRIMARY KEY REFERENCES petitions(id),
  full_name text NOT NULL,
  contact text,
  workplace text,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- A user outside the union (an addressee) who was given access to one petition.
CREATE TABLE petition_access (
  id bigserial PRIMARY KEY,
  petition_id bigint NOT NULL REFERENCES petitions(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  user_id bigint NOT NULL REFERENCES app_users(id),
  granted_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (petition_id, user_id)
);
--> statement-breakpoint
CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES app_users(id),
  unit_id bigint REFERENCES org_units(id),
  kind text NOT NULL,
  title text NOT NULL,
  link text,
  dedupe_key text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
--> statement-breakpoint
CREATE INDEX notifications_user ON notifications (user_id, id DESC);
--> statement-breakpoint
CREATE TABLE draft_laws (
  id bigserial PRIMARY KEY,
  unit_id bigint NOT NULL REFERENCES org_units(id),
  title text NOT NULL,
  opens_on date NOT NULL,
  closes_on date NOT NULL,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (closes_on >= opens_on)
);
--> statement-breakpoint
CREATE TABLE draft_law_articles (
  id bigserial PRIMARY KEY,
  draft_law_id bigint NOT NULL REFERENCES draft_laws(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  chapter text,
  number int NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  UNIQUE (draft_law_id, number)
);
--> statement-breakpoint
CREATE TABLE draft_law_opinions (
  id bigserial PRIMARY KEY,
  draft_law_id bigint NOT NULL REFERENCES draft_laws(id),
  article_id bigint NOT NULL REFERENCES draft_law_articles(id),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  author_user_id bigint REFERENCES app_users(id),
  author_name text NOT NULL,
  content text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX draft_law_opinions_article ON draft_law_opinions (article_id);
--> statement-breakpoint
CREATE TRIGGER petition_topics_audit AFTER INSERT OR UPDATE OR DELETE ON petition_topics FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER dialogues_audit AFTER INSERT OR UPDATE OR DELETE ON dialogues FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER petition_calls_audit AFTER INSERT OR UPDATE OR DELETE ON petition_calls FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER petition_call_targets_audit AFTER INSERT OR UPDATE OR DELETE ON petition_call_targets FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER petitions_audit AFTER INSERT OR UPDATE OR DELETE ON petitions FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER petition_events_audit AFTER INSERT OR UPDATE OR DELETE ON petition_events FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER petition_attachments_audit AFTER INSERT OR UPDATE OR DELETE ON petition_attachments FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER petition_access_audit AFTER INSERT OR UPDATE OR DELETE ON petition_access FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER notifications_audit AFTER INSERT OR UPDATE OR DELETE ON notifications FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER draft_laws_audit AFTER INSERT OR UPDATE OR DELETE ON draft_laws FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER draft_law_articles_audit AFTER INSERT OR UPDATE OR DELETE ON draft_law_articles FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER draft_law_opinions_audit AFTER INSERT OR UPDATE OR DELETE ON draft_law_opinions FOR EACH ROW EXECUTE FUNCTION audit_row();
