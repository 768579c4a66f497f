-- Heavy schedules run once per period for the installation (kit/scheduler.ts `claimed`), not once per process
-- start: the dashboards' nightly snapshots recomputed every figure 20 s after each start of each API process,
-- beside the officials' work (issue 12's mixed-load benchmark found it competing with a large import).
CREATE TABLE schedule_runs (
  name text PRIMARY KEY,
  claimed_at timestamptz NOT NULL
);
