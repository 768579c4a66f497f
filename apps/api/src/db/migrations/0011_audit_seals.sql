-- The audit chain without a global lock (issue 12). Writers append audit rows unchained and take no lock;
-- a sealer (sealAuditChain, every ~1.5 s in each API process and before `audit verify`) chains them in
-- short transactions into audit_seals. Only rows whose writing transactions have all finished are sealed
-- (xid below the oldest running transaction id), in (xid, id) order, so the order never needs a later
-- insertion: a transaction that has not finished holds back the rows after it, and nothing waits for it.
-- Rows already chained (prev_hash/hash on audit_log) move into audit_seals as seals 1..n in id order,
-- keeping their hashes; `audit verify` recomputes them with the old formula (audit_xid = 0).

-- The writing transaction of each row; the rows already chained get 0 (before any real xid).
ALTER TABLE audit_log ADD COLUMN xid xid8 NOT NULL DEFAULT '0';
--> statement-breakpoint
ALTER TABLE audit_log ALTER COLUMN xid SET DEFAULT pg_current_xact_id();
--> statement-breakpoint
CREATE INDEX audit_log_xid ON audit_log (xid, id);
--> statement-breakpoint
-- One row per sealed audit row, insert-only like the log itself. No foreign key: a deleted audit row must
-- show up in `audit verify`, not be prevented or cascaded by a tool that bypasses triggers.
CREATE TABLE audit_seals (
  seal bigint PRIMARY KEY,
  audit_id bigint NOT NULL UNIQUE,
  audit_xid xid8 NOT NULL,
  prev_hash text,
  hash text NOT NULL,
  sealed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
--> statement-breakpoint
INSERT INTO audit_seals (seal, audit_id, audit_xid, prev_hash, hash, sealed_at)
SELECT row_number() OVER (ORDER BY id), id, '0', prev_hash, hash, at FROM audit_log ORDER BY id;
--> statement-breakpoint
ALTER TABLE audit_log DROP COLUMN prev_hash, DROP COLUMN hash;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_seals_no_update BEFORE UPDATE OR DELETE ON audit_seals FOR EACH ROW EXECUTE FUNCTION audit_log_immutable();
--> statement-breakpoint
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals FOR EACH STATEMENT EXECUTE FUNCTION audit_log_immutable();
--> statement-breakpoint
-- A sealed row's hash: the previous seal's hash, the seal number, and every column of the row (its id and
-- xid included), so an edited, deleted, swapped or reordered row breaks the chain from that seal on.
CREATE FUNCTION audit_seal_hash(prev text, seal bigint, a audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    prev, seal, a.id, a.xid::text, (extract(epoch FROM a.at) * 1000000)::bigint, a.actor_id, a.actor_name, a.source,
    a.request_id, a.action, a.entity_type, a.entity_id, a.unit_path::text, a.before, a.after, a.federation_id
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Append one audit row: no lock, no read of other rows, so concurrent writers never wait for each other.
CREATE OR REPLACE FUNCTION audit_append(p_action text, p_entity_type text, p_entity_id text, p_unit_path ltree,
                             p_before jsonb, p_after jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  r audit_log;
BEGIN
  r.id := nextval('audit_log_id_seq');
  r.xid := pg_current_xact_id();
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
  r.federation_id := ltree_federation(r.unit_path);
  INSERT INTO audit_log SELECT r.*;
END $$;
--> statement-breakpoint
-- The oldest transaction of THIS database still running, or the next transaction id when none is: every
-- row with a smaller xid is final. Like pg_snapshot_xmin, but a long transaction in another database of the
-- cluster (a bulk load, a benchmark) does not hold sealing back; when pg_stat_activity cannot tell which
-- database an xid belongs to, it counts as ours (later sealing, never a wrong one).
CREATE FUNCTION audit_seal_horizon() RETURNS xid8 LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  snap pg_snapshot := pg_current_snapshot();
  oldest xid8;
BEGIN
  SELECT min(x) INTO oldest FROM pg_snapshot_xip(snap) AS x
   WHERE pg_xact_status(x) = 'in progress'
     AND (x::text::bigint % 4294967296) NOT IN (
       SELECT backend_xid::text::bigint FROM pg_stat_activity
        WHERE backend_xid IS NOT NULL AND datid <> (SELECT oid FROM pg_database WHERE datname = current_database()));
  RETURN coalesce(oldest, pg_snapshot_xmax(snap));
END $$;
--> statement-breakpoint
-- Seal up to p_limit rows after the last seal whose transactions have all finished; returns how many,
-- or -1 when another sealer holds the sealer lock (it is doing the same work: skip, never wait).
CREATE FUNCTION audit_seal(p_limit int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  last audit_seals;
  horizon xid8;
  r audit_log;
  n int := 0;
  seal_no bigint;
  prev text;
BEGIN
  IF NOT pg_try_advisory_xact_lock(727275) THEN RETURN -1; END IF;
  SELECT * INTO last FROM audit_seals ORDER BY seal DESC LIMIT 1;
  -- every transaction with a smaller id has committed or rolled back: its rows are final and visible
  horizon := audit_seal_horizon();
  seal_no := coalesce(last.seal, 0);
  prev := last.hash;
  FOR r IN SELECT * FROM audit_log a
            WHERE (a.xid, a.id) > (coalesce(last.audit_xid, '0'::xid8), coalesce(last.audit_id, 0))
              AND a.xid < horizon
            ORDER BY a.xid, a.id LIMIT p_limit LOOP
    seal_no := seal_no + 1;
    INSERT INTO audit_seals (seal, audit_id, audit_xid, prev_hash, hash)
    VALUES (seal_no, r.id, r.xid, prev, audit_seal_hash(prev, seal_no, r))
    RETURNING hash INTO prev;
    n := n + 1;
  END LOOP;
  RETURN n;
END $$;
--> statement-breakpoint
-- Member rollups applied at commit. Until now every writer also queued on the audit lock, so the rollup
-- rows (0009) were only ever locked by one transaction at a time. Without it, two transactions that each
-- touch two units' rows in separate statements (a transfer confirmed into a union while it admits someone)
-- could deadlock, and a 100,000-row import would hold its federation's rows (top_member_stats) from its first
-- batch to its commit, so every admission, transfer or departure there would queue behind it.
-- So the membership triggers only add their deltas up in a transaction-local setting (app.rollups_pending),
-- and a deferred constraint trigger applies them in ONE sorted upsert when the transaction commits: still
-- in the transaction of the change (a rollback discards them, savepoints included), locks held for
-- milliseconds, always taken in the same order.
CREATE FUNCTION member_stats_merge(p_a jsonb, p_b jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(jsonb_agg(d), '[]') FROM (
    SELECT unit_id, status, gender, sum(n) AS n
      FROM jsonb_to_recordset(coalesce(p_a, '[]') || coalesce(p_b, '[]'))
           AS x(unit_id bigint, status text, gender text, n bigint)
     GROUP BY 1, 2, 3 HAVING sum(n) <> 0 ORDER BY 1, 2, 3) d
$$;
--> statement-breakpoint
-- 0009's member_stats_apply, renamed: the upsert itself.
CREATE FUNCTION member_stats_upsert(p_deltas jsonb) RETURNS void LANGUAGE sql AS $$
  WITH d AS (
    SELECT * FROM jsonb_to_recordset(p_deltas) AS d(unit_id bigint, status text, gender text, n bigint) WHERE n <> 0),
  unit_rows AS (
    INSERT INTO unit_member_stats AS s (unit_id, status, gender, n)
    SELECT unit_id, status, gender, n FROM d ORDER BY 1, 2, 3
    ON CONFLICT (unit_id, status, gender) DO UPDATE SET n = s.n + EXCLUDED.n)
  INSERT INTO top_member_stats AS t (top_id, sector, status, gender, n)
  SELECT org_top_id(u.path), coalesce(u.sector, 'none'), d.status, d.gender, sum(d.n)
    FROM d JOIN org_units u ON u.id = d.unit_id
   WHERE nlevel(u.path) >= 2
   GROUP BY 1, 2, 3, 4 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (top_id, sector, status, gender) DO UPDATE SET n = t.n + EXCLUDED.n
$$;
--> statement-breakpoint
-- One row per transaction with pending deltas: its deferred trigger is the "at commit" hook.
CREATE UNLOGGED TABLE member_stats_flushes (xid xid8 PRIMARY KEY DEFAULT pg_current_xact_id());
--> statement-breakpoint
CREATE OR REPLACE FUNCTION member_stats_apply(p_deltas jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  pending jsonb := nullif(current_setting('app.rollups_pending', true), '')::jsonb;
BEGIN
  IF pending IS NULL THEN INSERT INTO member_stats_flushes DEFAULT VALUES ON CONFLICT DO NOTHING; END IF;
  PERFORM set_config('app.rollups_pending', member_stats_merge(pending, p_deltas)::text, true);
END $$;
--> statement-breakpoint
CREATE FUNCTION member_stats_flush() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pending jsonb := nullif(current_setting('app.rollups_pending', true), '')::jsonb;
BEGIN
  PERFORM set_config('app.rollups_pending', '', true);
  DELETE FROM member_stats_flushes WHERE xid = NEW.xid;
  IF pending IS NOT NULL THEN PERFORM member_stats_upsert(pending); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER member_stats_flush AFTER INSERT ON member_stats_flushes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION member_stats_flush();
--> statement-breakpoint
-- Read inside a transaction (a reorganisation checks a unit is empty after moving its members), the count
-- includes the transaction's own pending deltas.
CREATE OR REPLACE FUNCTION unit_member_count(p_unit bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT ((SELECT coalesce(sum(n), 0) FROM unit_member_stats WHERE unit_id = p_unit AND status = 'active')
       + (SELECT coalesce(sum(d.n), 0) FROM jsonb_to_recordset(nullif(current_setting('app.rollups_pending', true), '')::jsonb)
            AS d(unit_id bigint, status text, gender text, n bigint) WHERE d.unit_id = p_unit AND d.status = 'active'))::bigint
$$;
