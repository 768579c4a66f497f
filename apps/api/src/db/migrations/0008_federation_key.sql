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
ALTER TABLE persons ADD COLUMN federation_id bigint;
--> statement-breakpoint
ALTER TABLE memberships ADD COLUMN federation_id bigint;
--> statement-breakpoint
ALTER TABLE member_cards ADD COLUMN federation_id bigint;
--> statement-breakpoint
ALTER TABLE member_transfers ADD COLUMN federation_id bigint;
--> statement-breakpoint
ALTER TABLE registrations ADD COLUMN federation_id bigint;
--> statement-breakpoint
ALTER TABLE checkins ADD COLUMN federation_id bigint;
--> statement-breakpoint
ALTER TABLE petitions ADD COLUMN federation_id bigint;
--> statement-breakpoint
ALTER TABLE audit_log ADD COLUMN federation_id bigint;
--> statement-breakpoint
-- Backfill is a schema change, not a business change: the row audit stays out of it.
ALTER TABLE persons DISABLE TRIGGER persons_audit;
--> statement-breakpoint
UPDATE persons p SET federation_id = ltree_federation(u.path) FROM org_units u WHERE u.id = p.unit_id;
--> statement-breakpoint
ALTER TABLE persons ENABLE TRIGGER persons_audit;
--> statement-breakpoint
ALTER TABLE memberships DISABLE TRIGGER memberships_audit;
--> statement-breakpoint
UPDATE memberships m SET federation_id = ltree_federation(u.path) FROM org_units u WHERE u.id = m.unit_id;
--> statement-breakpoint
ALTER TABLE memberships ENABLE TRIGGER memberships_audit;
--> statement-breakpoint
ALTER TABLE member_cards DISABLE TRIGGER member_cards_audit;
--> statement-breakpoint
UPDATE member_cards c SET federation_id = ltree_federation(u.path) FROM org_units u WHERE u.id = c.unit_id;
--> statement-breakpoint
ALTER TABLE member_cards ENABLE TRIGGER member_cards_audit;
--> statement-breakpoint
ALTER TABLE member_transfers DISABLE TRIGGER member_transfers_audit;
--> statement-breakpoint
UPDATE member_transfers t SET federation_id = ltree_federation(u.path) FROM org_units u WHERE u.id = t.unit_id;
--> statement-breakpoint
ALTER TABLE member_transfers ENABLE TRIGGER member_transfers_audit;
--> statement-breakpoint
ALTER TABLE registrations DISABLE TRIGGER registrations_audit;
--> statement-breakpoint
UPDATE registrations r SET federation_id = ltree_federation(u.path) FROM org_units u WHERE u.id = r.unit_id;
--> statement-breakpoint
ALTER TABLE registrations ENABLE TRIGGER registrations_audit;
--> statement-breakpoint
ALTER TABLE checkins DISABLE TRIGGER checkins_audit;
--> statement-breakpoint
UPDATE checkins c SET federation_id = ltree_federation(u.path) FROM org_units u WHERE u.id = c.unit_id;
--> statement-breakpoint
ALTER TABLE checkins ENABLE TRIGGER checkins_audit;
--> statement-breakpoint
-- A petition belongs to the federation it was raised in (its handling unit moves up on escalation).
ALTER TABLE petitions DISABLE TRIGGER petitions_audit;
--> statement-breakpoint
UPDATE petitions p SET federation_id = ltree_federation(u.path) FROM org_units u WHERE u.id = p.origin_unit_id;
--> statement-breakpoint
ALTER TABLE petitions ENABLE TRIGGER petitions_audit;
--> statement-breakpoint
-- The audit log is append-only; existing rows keep NULL (their unit_path says the same thing).
CREATE TRIGGER persons_federation BEFORE INSERT OR UPDATE OF unit_id ON persons
  FOR EACH ROW EXECUTE FUNCTION set_federation_id('unit_id');
--> statement-breakpoint
CREATE TRIGGER memberships_federation BEFORE INSERT OR UPDATE OF unit_id ON memberships
  FOR EACH ROW EXECUTE FUNCTION set_federation_id('unit_id');
--> statement-breakpoint
CREATE TRIGGER member_cards_federation BEFORE INSERT OR UPDATE OF unit_id ON member_cards
  FOR EACH ROW EXECUTE FUNCTION set_federation_id('unit_id');
--> statement-breakpoint
CREATE TRIGGER member_transfers_federation BEFORE INSERT OR UPDATE OF unit_id ON member_transfers
  FOR EACH ROW EXECUTE FUNCTION set_federation_id('unit_id');
--> statement-breakpoint
CREATE TRIGGER registrations_federation BEFORE INSERT OR UPDATE OF unit_id ON registrations
  FOR EACH ROW EXECUTE FUNCTION set_federation_id('unit_id');
--> statement-breakpoint
CREATE TRIGGER checkins_federation BEFORE INSERT OR UPDATE OF unit_id ON checkins
  FOR EACH ROW EXECUTE FUNCTION set_federation_id('unit_id');
--> statement-breakpoint
CREATE TRIGGER petitions_federation BEFORE INSERT OR UPDATE OF origin_unit_id ON petitions
  FOR EACH ROW EXECUTE FUNCTION set_federation_id('origin_unit_id');
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
