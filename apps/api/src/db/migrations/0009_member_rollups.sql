-- Member rollups (issue 7): per-unit counts of memberships by status and gender, maintained by triggers
-- in the transaction of every change, so dashboards sum a few rows per unit instead of counting
-- 12 million memberships. Direct members only (memberships.unit_id); a subtree is a sum at query time.
-- Derived data: not audited (the memberships and persons rows it is derived from are).
-- Rows are per unit — never one national row — so concurrent writers only meet on the same unit.
CREATE TABLE unit_member_stats (
  unit_id bigint NOT NULL,
  status text NOT NULL,
  gender text NOT NULL, -- persons.gender, or 'unknown' when it is not recorded
  n bigint NOT NULL,
  PRIMARY KEY (unit_id, status, gender)
);
--> statement-breakpoint
-- Statement-level: a bulk import or a reorganisation moving thousands of memberships in one UPDATE
-- costs one aggregate over the transition tables and one upsert per (unit, status, gender).
CREATE FUNCTION memberships_stats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO unit_member_stats AS s (unit_id, status, gender, n)
    SELECT m.unit_id, m.status, coalesce(p.gender, 'unknown'), count(*)
      FROM new_rows m JOIN persons p ON p.id = m.person_id
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (unit_id, status, gender) DO UPDATE SET n = s.n + EXCLUDED.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO unit_member_stats AS s (unit_id, status, gender, n)
    SELECT m.unit_id, m.status, coalesce(p.gender, 'unknown'), -count(*)
      FROM old_rows m JOIN persons p ON p.id = m.person_id
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (unit_id, status, gender) DO UPDATE SET n = s.n + EXCLUDED.n;
  ELSE
    -- Only rows whose unit, status or person changed contribute; the rest cancel out and write nothing.
    INSERT INTO unit_member_stats AS s (unit_id, status, gender, n)
    SELECT d.unit_id, d.status, d.gender, sum(d.n)
      FROM (SELECT m.unit_id, m.status, coalesce(p.gender, 'unknown') AS gender, 1 AS n
              FROM new_rows m JOIN old_rows o ON o.id = m.id JOIN persons p ON p.id = m.person_id
             WHERE (m.unit_id, m.status, m.person_id) IS DISTINCT FROM (o.unit_id, o.status, o.person_id)
            UNION ALL
            SELECT o.unit_id, o.status, coalesce(p.gender, 'unknown'), -1
              FROM old_rows o JOIN new_rows m ON m.id = o.id JOIN persons p ON p.id = o.person_id
             WHERE (m.unit_id, m.status, m.person_id) IS DISTINCT FROM (o.unit_id, o.status, o.person_id)) d
     GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT (unit_id, status, gender) DO UPDATE SET n = s.n + EXCLUDED.n;
  END IF;
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
BEGIN
  INSERT INTO unit_member_stats AS s (unit_id, status, gender, n)
  SELECT d.unit_id, d.status, d.gender, sum(d.n)
    FROM (SELECT unit_id, status, coalesce(NEW.gender, 'unknown') AS gender, 1 AS n
            FROM memberships WHERE person_id = NEW.id
          UNION ALL
          SELECT unit_id, status, coalesce(OLD.gender, 'unknown'), -1
            FROM memberships WHERE person_id = NEW.id) d
   GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (unit_id, status, gender) DO UPDATE SET n = s.n + EXCLUDED.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER persons_gender_stats AFTER UPDATE OF gender ON persons
  FOR EACH ROW WHEN (OLD.gender IS DISTINCT FROM NEW.gender) EXECUTE FUNCTION persons_gender_stats();
--> statement-breakpoint
-- The full recount the triggers must always equal.
CREATE VIEW unit_member_stats_recount AS
  SELECT m.unit_id, m.status, coalesce(p.gender, 'unknown') AS gender, count(*) AS n
    FROM memberships m JOIN persons p ON p.id = m.person_id
   GROUP BY 1, 2, 3;
--> statement-breakpoint
-- Recompute every rollup from scratch (after a bulk load with triggers off, or to repair). Blocks writers
-- of memberships and persons while it runs so no change slips between the recount and the swap.
CREATE FUNCTION member_rollups_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE rows_written bigint;
BEGIN
  LOCK TABLE memberships, persons IN SHARE MODE;
  LOCK TABLE unit_member_stats IN EXCLUSIVE MODE;
  DELETE FROM unit_member_stats;
  INSERT INTO unit_member_stats (unit_id, status, gender, n) SELECT unit_id, status, gender, n FROM unit_member_stats_recount;
  GET DIAGNOSTICS rows_written = ROW_COUNT;
  RETURN rows_written;
END $$;
--> statement-breakpoint
-- Rows where the maintained rollup differs from a full recount (a row at 0 equals a missing one).
-- Empty means correct.
CREATE FUNCTION member_rollups_check()
  RETURNS TABLE (unit_id bigint, status text, gender text, stored bigint, recounted bigint)
  LANGUAGE sql STABLE AS $$
  SELECT coalesce(s.unit_id, r.unit_id), coalesce(s.status, r.status), coalesce(s.gender, r.gender),
         coalesce(s.n, 0), coalesce(r.n, 0)
    FROM (SELECT * FROM unit_member_stats WHERE n <> 0) s
    FULL JOIN unit_member_stats_recount r
      ON r.unit_id = s.unit_id AND r.status = s.status AND r.gender = s.gender
   WHERE coalesce(s.n, 0) <> coalesce(r.n, 0)
   ORDER BY 1, 2, 3
$$;
--> statement-breakpoint
-- Members holding a membership now, from the rollup (same answer as counting memberships, O(rows of one unit)).
CREATE OR REPLACE FUNCTION unit_member_count(p_unit bigint) RETURNS bigint LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(n), 0)::bigint FROM unit_member_stats WHERE unit_id = p_unit AND status = 'active'
$$;
--> statement-breakpoint
SELECT member_rollups_rebuild();
