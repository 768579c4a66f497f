-- A/B of the member tables' insert triggers (issue 12), in one session and one transaction, rolled back:
-- 20,000 persons + memberships + cards written the way an import batch writes them, with the set-based triggers
-- (migration set_based_member_triggers), then with the row triggers they replaced, then set-based again.
--   psql -h 127.0.0.1 -U postgres -d congdoan_national -f bench/sql/member-insert-triggers.sql
\timing on
SET jit = off;
CREATE TEMP TABLE unit_pick AS SELECT id FROM org_units WHERE kind = 'grassroots_union' ORDER BY id LIMIT 1;
CREATE FUNCTION pg_temp.write_batch(tag text) RETURNS void LANGUAGE sql AS $$
  WITH src AS MATERIALIZED (
    SELECT g, nextval(pg_get_serial_sequence('persons', 'id')) AS pid,
           nextval(pg_get_serial_sequence('memberships', 'id')) AS mid
      FROM generate_series(1, 20000) g),
  np AS (
    INSERT INTO persons (id, unit_id, member_status, membership_id, nationality, family_name, middle_name, given_name,
                         full_name, sort_key, gender, birth_date, phone)
    SELECT pid, (SELECT id FROM unit_pick), 'active', mid, 'VN', 'Nguyễn', 'Văn', tag || g, 'Nguyễn Văn ' || tag || g,
           tag || g, 'male', date '1990-01-01' + (g % 3000), '09' || lpad((g * 7919 % 100000000)::text, 8, '0')
      FROM src),
  nm AS (
    INSERT INTO memberships (id, person_id, unit_id, admitted_on, card_number, card_issued_on)
    SELECT mid, pid, (SELECT id FROM unit_pick), date '2026-01-02', 'BENCH-' || tag || '-' || g, date '2026-01-02' FROM src)
  INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on, reason)
  SELECT mid, (SELECT id FROM unit_pick), 'BENCH-' || tag || '-' || g, date '2026-01-02', 'admission' FROM src
$$;
BEGIN;
SELECT set_config('app.action', 'member_import.commit', true);
\echo '--- set-based triggers (1)'
SELECT pg_temp.write_batch('a');
-- the row triggers as they were before
DROP TRIGGER persons_audit_insert ON persons;
DROP TRIGGER persons_audit ON persons;
CREATE TRIGGER persons_audit AFTER INSERT OR UPDATE OR DELETE ON persons FOR EACH ROW EXECUTE FUNCTION audit_row();
DROP TRIGGER memberships_audit_insert ON memberships;
DROP TRIGGER memberships_audit ON memberships;
CREATE TRIGGER memberships_audit AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION audit_row();
DROP TRIGGER member_cards_audit_insert ON member_cards;
DROP TRIGGER member_cards_audit ON member_cards;
CREATE TRIGGER member_cards_audit AFTER INSERT OR UPDATE OR DELETE ON member_cards FOR EACH ROW EXECUTE FUNCTION audit_row();
DROP TRIGGER memberships_sync_insert ON memberships;
DROP TRIGGER memberships_sync ON memberships;
CREATE TRIGGER memberships_sync AFTER INSERT OR UPDATE OF unit_id, status, person_id ON memberships
  FOR EACH ROW EXECUTE FUNCTION memberships_sync_person();
DROP TRIGGER persons_federation ON persons;
CREATE TRIGGER persons_federation BEFORE INSERT OR UPDATE OF unit_id ON persons FOR EACH ROW EXECUTE FUNCTION set_federation_id('unit_id');
DROP TRIGGER memberships_federation ON memberships;
CREATE TRIGGER memberships_federation BEFORE INSERT OR UPDATE OF unit_id ON memberships FOR EACH ROW EXECUTE FUNCTION set_federation_id('unit_id');
DROP TRIGGER member_cards_federation ON member_cards;
CREATE TRIGGER member_cards_federation BEFORE INSERT OR UPDATE OF unit_id ON member_cards FOR EACH ROW EXECUTE FUNCTION set_federation_id('unit_id');
\echo '--- row triggers (before)'
SELECT pg_temp.write_batch('b');
ROLLBACK;
BEGIN;
SELECT set_config('app.action', 'member_import.commit', true);
\echo '--- set-based triggers (2)'
SELECT pg_temp.write_batch('c');
ROLLBACK;
