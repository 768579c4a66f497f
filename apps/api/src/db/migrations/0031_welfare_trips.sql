-- Issue 17 item 7: tickets home for Tết (đưa công nhân về quê đón Tết). A trip of a `tet_tickets` programme is an
-- event (its seats are the event's capacity, its departure the event's start), so members register, get a QR
-- ticket and board through the events module. Each registration takes one ticket from the quota of the unit
-- nearest above the registrant (welfare_quotas); welfare_trip_tickets records which quota it used.
CREATE TABLE welfare_trips (
  id bigserial PRIMARY KEY,
  programme_id bigint NOT NULL REFERENCES welfare_programmes(id),
  event_id bigint NOT NULL UNIQUE REFERENCES events(id),
  transport text NOT NULL CHECK (transport IN ('bus', 'train', 'plane')),
  origin text NOT NULL,
  destination text NOT NULL,
  operator text NOT NULL,
  -- coach plate, train number or flight number
  vehicle_ref text,
  created_by bigint REFERENCES app_users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
CREATE INDEX welfare_trips_programme ON welfare_trips (programme_id);
--> statement-breakpoint
CREATE TABLE welfare_trip_tickets (
  registration_id bigint PRIMARY KEY REFERENCES registrations(id),
  trip_id bigint NOT NULL REFERENCES welfare_trips(id),
  quota_id bigint NOT NULL REFERENCES welfare_quotas(id)
);
--> statement-breakpoint
CREATE INDEX welfare_trip_tickets_quota ON welfare_trip_tickets (quota_id);
--> statement-breakpoint
CREATE INDEX welfare_trip_tickets_trip ON welfare_trip_tickets (trip_id);
--> statement-breakpoint
-- A quota's tickets held (live registrations on trips not cancelled) plus what it gave below plus its own nominations never exceed it.
-- Runs after a ticket is taken and after a quota changes (its own and its parent's row), locking the quota
-- rows first and counting in fresh statements, as welfare_quota_check does for nominations.
CREATE FUNCTION welfare_ticket_quota_check(quota_ids bigint[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  q record;
  used int;
BEGIN
  FOR q IN SELECT * FROM welfare_quotas WHERE id = ANY(quota_ids) ORDER BY id FOR UPDATE LOOP
    SELECT (SELECT count(*) FROM welfare_trip_tickets k JOIN registrations r ON r.id = k.registration_id
              JOIN events e ON e.id = r.event_id
             WHERE k.quota_id = q.id AND r.status <> 'cancelled' AND e.cancelled_at IS NULL)
         + (SELECT coalesce(sum(c.count), 0) FROM welfare_quotas c WHERE c.parent_quota_id = q.id)
         + (SELECT count(*) FROM welfare_nominations n
             WHERE n.programme_id = q.programme_id AND n.unit_id = q.unit_id AND n.status <> 'refused')
      INTO used;
    IF used > q.count THEN
      RAISE EXCEPTION 'welfare quota % exceeded by its tickets', q.id USING ERRCODE = 'check_violation';
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint
CREATE FUNCTION welfare_trip_tickets_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM welfare_ticket_quota_check(ARRAY[NEW.quota_id]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER welfare_trip_tickets_quota AFTER INSERT OR UPDATE ON welfare_trip_tickets
  FOR EACH ROW EXECUTE FUNCTION welfare_trip_tickets_check();
--> statement-breakpoint
CREATE FUNCTION welfare_quotas_tickets_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM welfare_trips WHERE programme_id = NEW.programme_id) THEN
    PERFORM welfare_ticket_quota_check(ARRAY[NEW.id, NEW.parent_quota_id]);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER welfare_quotas_tickets AFTER INSERT OR UPDATE ON welfare_quotas
  FOR EACH ROW EXECUTE FUNCTION welfare_quotas_tickets_check();
--> statement-breakpoint
-- Backstop: a registration for a trip that did not take a ticket from a quota (a writer that skipped the
-- welfare guard) cannot commit.
CREATE FUNCTION welfare_trip_registration_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status <> 'cancelled' AND EXISTS (SELECT 1 FROM welfare_trips WHERE event_id = NEW.event_id)
     AND NOT EXISTS (SELECT 1 FROM welfare_trip_tickets WHERE registration_id = NEW.id) THEN
    RAISE EXCEPTION 'registration % for a trip holds no ticket from a quota', NEW.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER registrations_trip_ticket AFTER INSERT ON registrations
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION welfare_trip_registration_check();
--> statement-breakpoint
CREATE TRIGGER welfare_trips_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_trips FOR EACH ROW EXECUTE FUNCTION audit_row();
--> statement-breakpoint
CREATE TRIGGER welfare_trip_tickets_audit AFTER INSERT OR UPDATE OR DELETE ON welfare_trip_tickets FOR EACH ROW EXECUTE FUNCTION audit_row();
