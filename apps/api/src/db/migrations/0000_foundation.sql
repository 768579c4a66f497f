-- Foundation: extensions, org units (enough to scope roles), accounts, sessions, audit with a hash chain.
CREATE EXTENSION IF NOT EXISTS ltree;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
-- unaccent() is only STABLE; indexes need an IMMUTABLE wrapper with the dictionary named explicitly.
CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
CREATE TABLE org_units (
  id bigserial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  short_name text,
  kind text NOT NULL CHECK (kind IN ('confederation','provincial_federation','central_industry_union',
    'corporation_union','upper_union','grassroots_union','union_group')),
  subkind text,
  parent_id bigint REFERENCES org_units(id),
  path ltree NOT NULL,
  founded_on date,
  closed_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'confederation') = (parent_id IS NULL))
);
--> statement-breakpoint
CREATE INDEX org_units_path_gist ON org_units USING gist (path);
--> statement-breakpoint
CREATE INDEX org_units_parent ON org_units (parent_id);
--> statement-breakpoint
CREATE INDEX org_units_name_trgm ON org_units USING gin (immutable_unaccent(lower(name)) gin_trgm_ops);
--> statement-breakpoint
-- The path is the chain of ids from the root: "1.12.345". Kept by trigger so no writer can forget it.
CREATE FUNCTION org_units_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS NULL THEN NEW.id := nextval('org_units_id_seq'); END IF;
  IF NEW.parent_id IS NULL THEN
    NEW.path := text2ltree(NEW.id::text);
  ELSE
    SELECT path || text2ltree(NEW.id::text) INTO NEW.path FROM org_units WHERE id = NEW.parent_id;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER org_units_path BEFORE INSERT OR UPDATE OF parent_id ON org_units
  FOR EACH ROW EXECUTE FUNCTION org_units_set_path();
--> statement-breakpoint
CREATE TABLE app_users (
  id bigserial PRIMARY KEY,
  username text NOT NULL UNIQUE,
  email text UNIQUE,
  phone text UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT true,
  disabled boolean NOT NULL DEFAULT false,
  home_unit_id bigint NOT NULL REFERENCES org_units(id),
  password_changed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX app_users_home_unit ON app_users (home_unit_id);
--> statement-breakpoint
CREATE TABLE role_grants (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES app_users(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('system_admin','federation_admin','officer','viewer','auditor')),
  unit_id bigint NOT NULL REFERENCES org_units(id),
  granted_by bigint REFERENCES app_users(id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, role, unit_id)
);
--> statement-breakpoint
CREATE INDEX role_grants_unit ON role_grants (unit_id);
--> statement-breakpoint
-- Sessions live in the database so any API process can serve any request. The id is a hash of the cookie token.
CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES app_users(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text
);
--> statement-breakpoint
CREATE INDEX sessions_user ON sessions (user_id);
--> statement-breakpoint
CREATE TABLE login_attempts (
  id bigserial PRIMARY KEY,
  login text NOT NULL,
  ip text NOT NULL,
  success boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX login_attempts_login ON login_attempts (login, at);
--> statement-breakpoint
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);
--> statement-breakpoint
CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id bigint,
  actor_name text,
  source text NOT NULL,
  request_id text,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text,
  unit_path ltree,
  before jsonb,
  after jsonb,
  prev_hash text,
  hash text NOT NULL
);
--> statement-breakpoint
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id);
--> statement-breakpoint
CREATE INDEX audit_log_at ON audit_log (at);
--> statement-breakpoint
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
--> statement-breakpoint
-- One canonical text per row (jsonb text is deterministic) so the chain can be recomputed by `audit verify`.
CREATE FUNCTION audit_hash(prev text, a audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    prev, a.id, (extract(epoch FROM a.at) * 1000000)::bigint, a.actor_id, a.actor_name, a.source, a.request_id,
    a.action, a.entity_type, a.entity_id, a.unit_path::text, a.before, a.after)::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Append one audit row. The actor, request and source come from transaction-local settings (app.*)
-- that the API, CLI and jobs set when they open a transaction. A lock serialises the chain.
CREATE FUNCTION audit_append(p_action text, p_entity_type text, p_entity_id text, p_unit_path ltree,
                             p_before jsonb, p_after jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  r audit_log;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(727274);
  SELECT hash INTO last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
  r.id := nextval('audit_log_id_seq');
  r.at := clock_timestamp();
  r.actor_id := nullif(current_setting('app.actor_id', true), '')::bigint;
  r.actor_name := nullif(current_setting('app.actor_name', true), '');
  r.source := coalesce(nullif(current_setting('app.source', true), ''), 'sql');
  r.request_id := nullif(current_setting('app.request_id', true), '');
  r.action := coalesce(nullif(p_action, ''), nullif(current_setting('app.action', true), ''), p_entity_type || '.change');
  r.entity_type := p_entity_type;
  r.entity_id := p_entity_id;
  r.unit_path := coalesce(p_unit_path, CASE WHEN p_entity_type = 'app_users' THEN
    (SELECT o.path FROM app_users a JOIN org_units o ON o.id = a.home_unit_id WHERE a.id::text = p_entity_id) END);
  r.before := p_before;
  r.after := p_after;
  r.prev_hash := last_hash;
  r.hash := audit_hash(last_hash, r);
  INSERT INTO audit_log SELECT r.*;
END $$;
--> statement-breakpoint
-- Row trigger used on every business table: who changed what, before and after, in the same transaction.
-- Secrets are never copied into the log.
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_j jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'password_hash' END;
  new_j jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'password_hash' END;
  action text := nullif(current_setting('app.action', true), '');
  unit_path ltree;
BEGIN
  IF TG_OP = 'UPDATE' AND to_jsonb(OLD) = to_jsonb(NEW) THEN RETURN NULL; END IF;
  IF TG_OP = 'UPDATE' AND to_jsonb(OLD) -> 'password_hash' IS DISTINCT FROM to_jsonb(NEW) -> 'password_hash' THEN
    -- a secret changed: record that it changed, never its value
    new_j := new_j || '{"password_hash":"[changed]"}';
  END IF;
  -- The unit the row belongs to, so auditors see only their subtree's history.
  IF TG_TABLE_NAME = 'org_units' THEN
    unit_path := coalesce(new_j ->> 'path', old_j ->> 'path')::ltree;
  ELSE
    SELECT path INTO unit_path FROM org_units WHERE id = coalesce(
      new_j ->> 'unit_id', new_j ->> 'home_unit_id', old_j ->> 'unit_id', old_j ->> 'home_unit_id')::bigint;
  END IF;
  PERFORM audit_append(
    coalesce(action, TG_TABLE_NAME || '.' || lower(TG_OP)),
    TG_TABLE_NAME,
    coalesce(new_j ->> 'id', old_j ->> 'id'),
    unit_path, old_j, new_j);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER org_units_audit AFTER INSERT OR UPDATE OR DELETE ON org_units FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER app_users_audit AFTER INSERT OR UPDATE OR DELETE ON app_users FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER role_grants_audit AFTER INSERT OR UPDATE OR DELETE ON role_grants FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
-- Audit rows cannot be changed or deleted through the product.
CREATE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_immutable();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_immutable();
