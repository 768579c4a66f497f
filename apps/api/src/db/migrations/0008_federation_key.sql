-- The provincial federation key (issue 7, "beyond one machine"): every large table carries the id of the
-- federation its row belongs to, so the tables can be distributed by federation (Citus) and a federation's
-- rows stay together. The federation of a unit is the level-2 ancestor of its path ("1.<fed>.…"): a
-- provincial federation or a national sector union; the confederation's own rows use the root's id.
-- Kept by triggers from each row's unit column, and re-derived when a reorganisation moves a unit to
-- another federation (e.g. the 2025 province mergers).
CREATE FUNCTION ltree_federation(p_path ltree) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ltree2text(subpath(p_path, CASE WHEN nlevel(p_path) >= 2 THEN 1 ELSE 0 END, 1))::bigint
$$;
--> statement-breakpoint
CREATE FUNCTION org_federation_of(p_unit bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT ltree_federation(path) FROM org_units WHERE id = p_unit
$$;
--> statement-breakpoint
-- BEFORE trigger: federation_id from the unit column named by the trigger argument.
CREATE FUNCTION set_federation_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.federation_id := org_federation_of((to_jsonb(NEW) ->> TG_ARGV[0])::bigint);
  RETURN NEW;
END $$;
--> statement-breakpoint
-- Each large table and the column naming its unit: add the key, backfill it (a schema change, not a
-- business change, so the row audit stays out of it) and keep it from then on. A petition belongs to the
-- federation it was raised in (its handling unit moves up on escalation). The append-only audit log is
-- keyed by audit_append below; its existing rows keep NULL (their unit_path says the same thing).
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('persons', 'unit_id'), ('memberships', 'unit_id'), ('member_cards', 'unit_id'),
      ('member_transfers', 'unit_id'), ('registrations', 'unit_id'), ('checkins', 'unit_id'),
      ('petitions', 'origin_unit_id')) AS v(tbl, col)
  LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN federation_id bigint', t.tbl);
    EXECUTE format('ALTER TABLE %I DISABLE TRIGGER %I', t.tbl, t.tbl || '_audit');
    EXECUTE format('UPDATE %I x SET federation_id = ltree_federation(u.path) FROM org_units u WHERE u.id = x.%I',
                   t.tbl, t.col);
    EXECUTE format('ALTER TABLE %I ENABLE TRIGGER %I', t.tbl, t.tbl || '_audit');
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF %I ON %I FOR EACH ROW EXECUTE FUNCTION set_federation_id(%L)',
                   t.tbl || '_federation', t.col, t.tbl, t.col);
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE audit_log ADD COLUMN federation_id bigint;
--> statement-breakpoint
-- The re-derivation below looks rows up by unit; these two tables had no such index.
CREATE INDEX member_cards_unit ON member_cards (unit_id);
--> statement-breakpoint
CREATE INDEX registrations_unit ON registrations (unit_id);
--> statement-breakpoint
CREATE INDEX checkins_unit ON checkins (unit_id);
--> statement-breakpoint
-- A unit moved into another federation takes its rows along (each moved unit, descendants included,
-- since the path trigger rewrites every descendant's path). Audited like any other change.
CREATE FUNCTION org_units_federation_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE f bigint := ltree_federation(NEW.path);
BEGIN
  UPDATE persons SET federation_id = f WHERE unit_id = NEW.id AND federation_id IS DISTINCT FROM f;
  UPDATE memberships SET federation_id = f WHERE unit_id = NEW.id AND federation_id IS DISTINCT FROM f;
  UPDATE member_cards SET federation_id = f WHERE unit_id = NEW.id AND federation_id IS DISTINCT FROM f;
  UPDATE member_transfers SET federation_id = f WHERE unit_id = NEW.id AND federation_id IS DISTINCT FROM f;
  UPDATE registrations SET federation_id = f WHERE unit_id = NEW.id AND federation_id IS DISTINCT FROM f;
  UPDATE checkins SET federation_id = f WHERE unit_id = NEW.id AND federation_id IS DISTINCT FROM f;
  UPDATE petitions SET federation_id = f WHERE origin_unit_id = NEW.id AND federation_id IS DISTINCT FROM f;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER org_units_federation AFTER UPDATE ON org_units FOR EACH ROW
  WHEN (ltree_federation(OLD.path) IS DISTINCT FROM ltree_federation(NEW.path))
  EXECUTE FUNCTION org_units_federation_moved();
--> statement-breakpoint
-- New audit rows carry the federation of their unit path (not part of the hash: derived from unit_path).
CREATE OR REPLACE FUNCTION audit_append(p_action text, p_entity_type text, p_entity_id text, p_unit_path ltree,
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
  r.federation_id := ltree_federation(r.unit_path);
  INSERT INTO audit_log SELECT r.*;
END $$;
