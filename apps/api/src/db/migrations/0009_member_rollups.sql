-- Member rollups (issue 7): counts of memberships maintained by triggers in the transaction of every
-- change, so dashboards add up a few rows instead of counting 12 million memberships.
--   unit_member_stats (unit, status, gender)           direct members of one unit
--   top_member_stats  (top unit, sector, status, gender) members under one depth-1 unit (a provincial or
--                      national sector federation), by the sector of their grassroots union
-- A subtree is a sum at query time: the nation sums the top rows (34 provinces × a few dozen rows), a
-- province reads its own top rows, a smaller subtree sums the unit rows of its units.
-- Rows are per unit and per depth-1 unit — never one national row. Every writer of memberships,
-- persons and org_units already holds the audit chain's transaction lock (audit_row), so these rows
-- add no waiting of their own; if that chain is ever split per federation, the top rows split with it.
-- Derived data: not audited (the memberships, persons and org_units rows they come from are).
CREATE TABLE unit_member_stats (
  unit_id bigint NOT NULL,
  status text NOT NULL,
  gender text NOT NULL, -- persons.gender, or 'unknown' when it is not recorded
  n bigint NOT NULL,
  PRIMARY KEY (unit_id, status, gender)
);
--> statement-breakpoint
CREATE TABLE top_member_stats (
  top_id bigint NOT NULL,
  sector text NOT NULL, -- org_units.sector of the member's grassroots union, or 'none'
  status text NOT NULL,
  gender text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (top_id, sector, status, gender)
);
--> statement-breakpoint
-- The depth-1 unit above (or equal to) a unit: the second label of its path; NULL for a root.
CREATE FUNCTION org_top_id(p_path ltree) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN nlevel(p_path) >= 2 THEN ltree2text(subpath(p_path, 1, 1))::bigint END
$$;
--> statement-breakpoint
-- Add signed deltas of (unit, status, gender) to both levels: one upsert per distinct key, in key
-- order, unit rows before top rows (every writer takes the row locks in the same order).
CREATE FUNCTION member_stats_apply(p_deltas jsonb) RETURNS void LANGUAGE sql AS $$
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
-- Statement-level: a bulk import or a reorganisation moving thousands of memberships in one UPDATE
-- costs one aggregate over the transition tables and one upsert per distinct key, not one per row.
CREATE FUNCTION memberships_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT m.unit_id, m.status, coalesce(p.gender, 'unknown') AS gender, count(*) AS n
        FROM new_rows m JOIN persons p ON p.id = m.person_id GROUP BY 1, 2, 3) d;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT m.unit_id, m.status, coalesce(p.gender, 'unknown') AS gender, -count(*) AS n
        FROM old_rows m JOIN persons p ON p.id = m.person_id GROUP BY 1, 2, 3) d;
  ELSE
    -- Only rows whose unit, status or person changed count; an update of other columns writes nothing.
    SELECT jsonb_agg(d) INTO deltas FROM (
      SELECT c.unit_id, c.status, c.gender, sum(c.n) AS n FROM (
        SELECT m.unit_id, m.status, coalesce(p.gender, 'unknown') AS gender, 1 AS n
          FROM new_rows m JOIN old_rows o ON o.id = m.id JOIN persons p ON p.id = m.person_id
         WHERE (m.unit_id, m.status, m.person_id) IS DISTINCT FROM (o.unit_id, o.status, o.person_id)
        UNION ALL
        SELECT o.unit_id, o.status, coalesce(p.gender, 'unknown'), -1
          FROM old_rows o JOIN new_rows m ON m.id = o.id JOIN persons p ON p.id = o.person_id
         WHERE (m.unit_id, m.status, m.person_id) IS DISTINCT FROM (o.unit_id, o.status, o.person_id)) c
       GROUP BY 1, 2, 3 HAVING sum(c.n) <> 0) d;
  END IF;
  IF deltas IS NOT NULL THEN PERFORM member_stats_apply(deltas); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- (PostgreSQL allows transition tables only on single-event triggers: one trigger per event.)
CREATE TRIGGER memberships_stats_insert AFTER INSERT ON memberships
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION memberships_stats();
--> statement-breakpoint
CREATE TRIGGER memberships_stats_update AFTER UPDATE ON memberships
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION memberships_stats();
--> statement-breakpoint
CREATE TRIGGER memberships_stats_delete AFTER DELETE ON memberships
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION memberships_stats();
--> statement-breakpoint
-- A gender change is rare and per person: a row trigger that fires only when the value changes moves
-- that person's memberships from the old gender's rows to the new one's.
CREATE FUNCTION persons_gender_stats() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE deltas jsonb;
BEGIN
  SELECT jsonb_agg(d) INTO deltas FROM (
    SELECT c.unit_id, c.status, c.gender, sum(c.n) AS n FROM (
      SELECT unit_id, status, coalesce(NEW.gender, 'unknown') AS gender, 1 AS n FROM memberships WHERE person_id = NEW.id
      UNION ALL
      SELECT unit_id, status, coalesce(OLD.gender, 'unknown'), -1 FROM memberships WHERE person_id = NEW.id) c
     GROUP BY 1, 2, 3) d;
  IF deltas IS NOT NULL THEN PERFORM member_stats_apply(deltas); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER persons_gender_stats AFTER UPDATE OF gender ON persons
  FOR EACH ROW WHEN (OLD.gender IS DISTINCT FROM NEW.gender) EXECUTE FUNCTION persons_gender_stats();
--> statement-breakpoint
-- A unit that changes province (a move, or its ancestors' move: the path rewrite of a subtree is one
-- UPDATE) or sector takes its members' counts from the old top row to the new one. Unit rows are keyed
-- by unit and do not change.
CREATE FUNCTION org_units_member_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO top_member_stats AS t (top_id, sector, status, gender, n)
  SELECT c.top_id, c.sector, c.status, c.gender, sum(c.n) FROM (
    SELECT org_top_id(nu.path) AS top_id, coalesce(nu.sector, 'none') AS sector, s.status, s.gender, s.n
      FROM new_rows nu JOIN old_rows ou ON ou.id = nu.id JOIN unit_member_stats s ON s.unit_id = nu.id
     WHERE (org_top_id(nu.path), nu.sector) IS DISTINCT FROM (org_top_id(ou.path), ou.sector) AND nlevel(nu.path) >= 2
    UNION ALL
    SELECT org_top_id(ou.path), coalesce(ou.sector, 'none'), s.status, s.gender, -s.n
      FROM old_rows ou JOIN new_rows nu ON nu.id = ou.id JOIN unit_member_stats s ON s.unit_id = ou.id
     WHERE (org_top_id(nu.path), nu.sector) IS DISTINCT FROM (org_top_id(ou.path), ou.sector) AND nlevel(ou.path) >= 2) c
   GROUP BY 1, 2, 3, 4 HAVING sum(c.n) <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT (top_id, sector, status, gender) DO UPDATE SET n = t.n + EXCLUDED.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER org_units_member_stats AFTER UPDATE ON org_units
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION org_units_member_stats();
--> statement-breakpoint
-- The full recounts the triggers must always equal.
CREATE VIEW unit_member_stats_recount AS
  SELECT m.unit_id, m.status, coalesce(p.gender, 'unknown') AS gender, count(*) AS n
    FROM memberships m JOIN persons p ON p.id = m.person_id
   GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE VIEW top_member_stats_recount AS
  SELECT org_top_id(u.path) AS top_id, coalesce(u.sector, 'none') AS sector, m.status,
         coalesce(p.gender, 'unknown') AS gender, count(*) AS n
    FROM memberships m JOIN persons p ON p.id = m.person_id JOIN org_units u ON u.id = m.unit_id
   WHERE nlevel(u.path) >= 2
   GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
-- Recompute every rollup from scratch (after a bulk load with triggers off, or to repair). Blocks
-- writers of memberships, persons and org_units while it runs so no change slips in between.
CREATE FUNCTION member_rollups_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE rows_written bigint;
BEGIN
  LOCK TABLE memberships, persons, org_units IN SHARE MODE;
  LOCK TABLE unit_member_stats, top_member_stats IN EXCLUSIVE MODE;
  DELETE FROM unit_member_stats;
  DELETE FROM top_member_stats;
  INSERT INTO unit_member_stats (unit_id, status, gender, n)
  SELECT unit_id, status, gender, n FROM unit_member_stats_recount;
  GET DIAGNOSTICS rows_written = ROW_COUNT;
  -- The top level from the unit level (130,000 units), not a second pass over the memberships.
  INSERT INTO top_member_stats (top_id, sector, status, gender, n)
  SELECT org_top_id(u.path), coalesce(u.sector, 'none'), s.status, s.gender, sum(s.n)
    FROM unit_member_stats s JOIN org_units u ON u.id = s.unit_id
   WHERE nlevel(u.path) >= 2
   GROUP BY 1, 2, 3, 4;
  RETURN rows_written;
END $$;
--> statement-breakpoint
-- Rows where a maintained rollup differs from a full recount (a row at 0 equals a missing one).
-- Empty means correct. level = 'unit' (unit_member_stats, sector NULL) or 'top' (top_member_stats).
CREATE FUNCTION member_rollups_check()
  RETURNS TABLE (level text, unit_id bigint, sector text, status text, gender text, stored bigint, recounted bigint)
  LANGUAGE sql STABLE AS $$
  SELECT 'unit', coalesce(s.unit_id, r.unit_id), NULL::text, coalesce(s.status, r.status),
         coalesce(s.gender, r.gender), coalesce(s.n, 0), coalesce(r.n, 0)
    FROM (SELECT * FROM unit_member_stats WHERE n <> 0) s
    FULL JOIN unit_member_stats_recount r ON r.unit_id = s.unit_id AND r.status = s.status AND r.gender = s.gender
   WHERE coalesce(s.n, 0) <> coalesce(r.n, 0)
  UNION ALL
  SELECT 'top', coalesce(s.top_id, r.top_id), coalesce(s.sector, r.sector), coalesce(s.status, r.status),
         coalesce(s.gender, r.gender), coalesce(s.n, 0), coalesce(r.n, 0)
    FROM (SELECT * FROM top_member_stats WHERE n <> 0) s
    FULL JOIN top_member_stats_recount r
      ON r.top_id = s.top_id AND r.sector = s.sector AND r.status = s.status AND r.gender = s.gender
   WHERE coalesce(s.n, 0) <> coalesce(r.n, 0)
   ORDER BY 1, 2, 3, 4, 5
$$;
--> statement-breakpoint
-- Members holding a membership now, from the rollup (same answer as counting memberships, O(rows of one unit)).
CREATE OR REPLACE FUNCTION unit_member_count(p_unit bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(n), 0)::bigint FROM unit_member_stats WHERE unit_id = p_unit AND status = 'active'
$$;
--> statement-breakpoint
SELECT member_rollups_rebuild();
