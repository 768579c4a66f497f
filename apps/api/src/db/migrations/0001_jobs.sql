-- Durable background jobs (imports, exports, bulk restructuring): a queue table claimed with
-- SKIP LOCKED, with progress the web app polls. A job whose worker died is picked up again.
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  input jsonb NOT NULL DEFAULT '{}',
  unit_id bigint REFERENCES org_units(id),
  created_by bigint REFERENCES app_users(id),
  done bigint NOT NULL DEFAULT 0,
  total bigint,
  result jsonb,
  error jsonb,
  attempts int NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  heartbeat_at timestamptz
);
--> statement-breakpoint
CREATE INDEX jobs_pending ON jobs (id) WHERE status IN ('queued', 'running');
--> statement-breakpoint
CREATE INDEX jobs_creator ON jobs (created_by, id);
