-- Issue 18 benchmark: a commune union with 1,400 children read 1,400 snapshot rows by unit to rank the top and
-- bottom 5 (40–60 ms at 12 M, target ≤ 50 ms p95). Each snapshot now carries the unit's parent at refresh time
-- (the tree the figure was computed under), and the ranking reads the first 5 entries of an index both ways.
ALTER TABLE indicator_snapshots ADD COLUMN parent_id bigint;
--> statement-breakpoint
UPDATE indicator_snapshots s SET parent_id = o.parent_id FROM org_units o WHERE o.id = s.unit_id;
--> statement-breakpoint
CREATE INDEX indicator_snapshots_children
  ON indicator_snapshots (parent_id, indicator_key, period_kind, period_start, value, unit_id);
