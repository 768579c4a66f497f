-- Issue 12: a 100,000-row member import spent most of its CPU in row triggers (≈ 300,000 plpgsql calls, each
-- with to_jsonb of a wide row, a unit lookup and an audit_append). Inserts into the three tables an import
-- fills in bulk (persons, memberships, member_cards) now audit and resync once per statement, over the
-- statement's transition table; updates and deletes keep the row triggers (they come one or a few at a time,
-- and need OLD). The audit rows written are the same as audit_row's: same columns, same action, same unit path.

-- Every inserted row of the statement as one audit row, in one INSERT … SELECT.
CREATE FUNCTION audit_rows_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (id, xid, at, actor_id, actor_name, source, request_id, action, entity_type, entity_id,
                         unit_path, before, after, federation_id)
  SELECT nextval('audit_log_id_seq'), pg_current_xact_id(), clock_timestamp(),
         nullif(current_setting('app.actor_id', true), '')::bigint,
         nullif(current_setting('app.actor_name', true), ''),
         coalesce(nullif(current_setting('app.source', true), ''), 'sql'),
         nullif(current_setting('app.request_id', true), ''),
         coalesce(nullif(current_setting('app.action', true), ''), TG_TABLE_NAME || '.insert'),
         TG_TABLE_NAME, s.j ->> 'id', o.path, NULL, s.j, ltree_federation(o.path)
    FROM (SELECT to_jsonb(n) AS j FROM new_rows n) s
    LEFT JOIN org_units o ON o.id = (s.j ->> 'unit_id')::bigint;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER persons_audit ON persons;
--> statement-breakpoint
CREATE TRIGGER persons_audit AFTER UPDATE OR DELETE ON persons FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER persons_audit_insert AFTER INSERT ON persons REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION audit_rows_inserted();
--> statement-breakpoint
DROP TRIGGER memberships_audit ON memberships;
--> statement-breakpoint
CREATE TRIGGER memberships_audit AFTER UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER memberships_audit_insert AFTER INSERT ON memberships REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION audit_rows_inserted();
--> statement-breakpoint
DROP TRIGGER member_cards_audit ON member_cards;
--> statement-breakpoint
CREATE TRIGGER member_cards_audit AFTER UPDATE OR DELETE ON member_cards FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER member_cards_audit_insert AFTER INSERT ON member_cards REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION audit_rows_inserted();
--> statement-breakpoint
-- persons_resync for every person of the statement's new memberships at once (same ordering rule: an open
-- membership first, then the latest admission). An import writes persons already in sync: nothing to update.
CREATE FUNCTION memberships_sync_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE persons p SET unit_id = l.unit_id, member_status = l.status, membership_id = l.id, updated_at = now()
    FROM (SELECT DISTINCT ON (m.person_id) m.person_id, m.unit_id, m.status, m.id
            FROM memberships m
           WHERE m.person_id IN (SELECT person_id FROM new_rows)
           ORDER BY m.person_id, (m.status IN ('active', 'in_transit')) DESC, m.admitted_on DESC, m.id DESC) l
   WHERE p.id = l.person_id
     AND (p.unit_id IS DISTINCT FROM l.unit_id OR p.member_status IS DISTINCT FROM l.status
          OR p.membership_id IS DISTINCT FROM l.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER memberships_sync ON memberships;
--> statement-breakpoint
CREATE TRIGGER memberships_sync AFTER UPDATE OF unit_id, status, person_id ON memberships
  FOR EACH ROW EXECUTE FUNCTION memberships_sync_person();
--> statement-breakpoint
CREATE TRIGGER memberships_sync_insert AFTER INSERT ON memberships REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION memberships_sync_inserted();
--> statement-breakpoint
-- The federation key without to_jsonb of the whole row: one function per unit column name.
CREATE FUNCTION set_federation_id_from_unit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.federation_id := (SELECT ltree_federation(path) FROM org_units WHERE id = NEW.unit_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['persons', 'memberships', 'member_cards', 'member_transfers', 'registrations', 'checkins']
  LOOP
    EXECUTE format('DROP TRIGGER %I ON %I', t || '_federation', t);
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OF unit_id ON %I FOR EACH ROW '
                   'EXECUTE FUNCTION set_federation_id_from_unit()', t || '_federation', t);
  END LOOP;
END $$;
