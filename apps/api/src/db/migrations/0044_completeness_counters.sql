-- Issue 18: completeness of the nation without reading its 133,000 units per request. Per (assignment, unit):
-- expected / submitted / on time over the unit's subtree (today's paths, the units that stood in the period),
-- built on first read for the tree version it was built on; a change to the tree bumps the version (rebuild on
-- next read) and a change to a submission updates the unit's ancestors in the same transaction.
CREATE TABLE IF NOT EXISTS org_tree_version (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  version bigint NOT NULL DEFAULT 1
);
--> statement-breakpoint
INSERT INTO org_tree_version (one, version) VALUES (true, 1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION bump_org_tree_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE org_tree_version SET version = version + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER org_units_tree_version AFTER INSERT OR DELETE OR UPDATE OF parent_id, path, kind, founded_on, closed_on
  ON org_units FOR EACH STATEMENT EXECUTE FUNCTION bump_org_tree_version();
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS completeness_builds (
  assignment_id bigint PRIMARY KEY REFERENCES report_assignments(id) ON DELETE CASCADE,
  tree_version bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS completeness_counters (
  assignment_id bigint NOT NULL REFERENCES report_assignments(id) ON DELETE CASCADE,
  unit_id bigint NOT NULL,
  -- the unit itself is expected to report (its own submission moves its ancestors' counters)
  counted boolean NOT NULL,
  expected int NOT NULL,
  submitted int NOT NULL,
  on_time int NOT NULL,
  PRIMARY KEY (assignment_id, unit_id)
);
--> statement-breakpoint
-- A submission's change moves the counters of its unit and the unit's ancestors inside the assignment's subtree.
-- The shared advisory lock waits for a build in progress (which holds it exclusively), so a change is either
-- seen by the build or applied to the built counters. Rows are locked in path order (root first): two
-- submissions in sibling units queue on their common ancestors instead of deadlocking.
CREATE OR REPLACE FUNCTION completeness_count_submission() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  a_id bigint := COALESCE(NEW.assignment_id, OLD.assignment_id);
  u_id bigint := COALESCE(NEW.unit_id, OLD.unit_id);
  a report_assignments%ROWTYPE;
  old_sub int := 0; old_on int := 0; new_sub int := 0; new_on int := 0;
  ancestors bigint[];
BEGIN
  SELECT * INTO a FROM report_assignments WHERE id = a_id;
  IF TG_OP <> 'INSERT' AND OLD.status IN ('submitted', 'approved') THEN
    old_sub := 1;
    old_on := CASE WHEN (OLD.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > a.deadline THEN 0 ELSE 1 END;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.status IN ('submitted', 'approved') THEN
    new_sub := 1;
    new_on := CASE WHEN (NEW.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > a.deadline THEN 0 ELSE 1 END;
  END IF;
  IF old_sub = new_sub AND old_on = new_on THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock_shared(hashtext('completeness_counters'), a_id::int);
  IF NOT EXISTS (SELECT 1 FROM completeness_counters c WHERE c.assignment_id = a_id AND c.unit_id = u_id AND c.counted) THEN
    RETURN NULL;
  END IF;
  SELECT array_agg(ltree2text(subpath(u.path, i - 1, 1))::bigint ORDER BY i) INTO ancestors
    FROM org_units u, generate_series(1, nlevel(u.path)) i WHERE u.id = u_id;
  PERFORM 1 FROM completeness_counters c, unnest(ancestors) WITH ORDINALITY x(id, i)
    WHERE c.assignment_id = a_id AND c.unit_id = x.id ORDER BY x.i FOR UPDATE OF c;
  UPDATE completeness_counters c
     SET submitted = c.submitted + new_sub - old_sub, on_time = c.on_time + new_on - old_on
   WHERE c.assignment_id = a_id AND c.unit_id = ANY(ancestors);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER report_submissions_completeness AFTER INSERT OR DELETE OR UPDATE OF status, submitted_at
  ON report_submissions FOR EACH ROW EXECUTE FUNCTION completeness_count_submission();
