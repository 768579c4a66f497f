import type { Job } from '@congdoan/domain';

/** Job columns as the API returns them, with percent, rate and time left derived in SQL. */
export const jobColumns = `
  j.id, j.kind, j.status, j.done, j.total,
  CASE WHEN j.total > 0 THEN round(100.0 * j.done / j.total, 1)::float8 END AS percent,
  CASE WHEN j.started_at IS NOT NULL AND j.done > 0
       THEN round((j.done / greatest(extract(epoch FROM coalesce(j.finished_at, now()) - j.started_at), 0.001))::numeric, 1)::float8 END
    AS "ratePerSecond",
  CASE WHEN j.status = 'running' AND j.total > j.done AND j.done > 0
       THEN ceil((j.total - j.done) * extract(epoch FROM now() - j.started_at) / j.done)::float8 END AS "etaSeconds",
  j.result - 'fileKey' AS result, j.error, coalesce(j.result ? 'fileKey', false) AS "hasFile",
  to_char(j.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt",
  to_char(j.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "startedAt",
  to_char(j.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "finishedAt"`;

export type JobRow = Job;
