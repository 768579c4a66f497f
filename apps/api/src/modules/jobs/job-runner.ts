import type pg from 'pg';
import { AppError, errorMessage } from '@congdoan/domain';
import type { Config } from '../../config';
import { makeCtx } from '../../context/context';
import type { Actor } from '../../context/actor';
import { loadGrants } from '../auth';
import type { FileStore } from '../../storage/file-store';
import { jobHandler, type ClaimedJob } from './job-registry';

const STALE_SECONDS = 60;
const MAX_ATTEMPTS = 3;

/**
 * Claim the next queued job, or one whose worker stopped sending heartbeats (a crash or kill),
 * with SKIP LOCKED so several API processes can run jobs side by side.
 */
async function claim(pool: pg.Pool): Promise<(ClaimedJob & { created_by: number | null }) | undefined> {
  const { rows } = await pool.query<ClaimedJob & { created_by: number | null }>(
    `UPDATE jobs SET status = 'running', started_at = coalesce(started_at, now()), heartbeat_at = now(),
                     attempts = attempts + 1
      WHERE id = (SELECT id FROM jobs
                   WHERE status = 'queued'
                      OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $1))
                   ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
      RETURNING id, kind, input, attempts, created_by`,
    [STALE_SECONDS],
  );
  return rows[0];
}

async function actorFor(pool: pg.Pool, userId: number | null): Promise<Actor | null> {
  if (!userId) return null;
  const { rows } = await pool.query<{ username: string; display_name: string }>(
    'SELECT username, display_name FROM app_users WHERE id = $1',
    [userId],
  );
  if (!rows[0]) return null;
  return {
    userId,
    username: rows[0].username,
    displayName: rows[0].display_name,
    email: null,
    phone: null,
    mustChangePassword: false,
    grants: await loadGrants(pool, userId),
    sessionId: '',
    csrfToken: '',
  };
}

async function finish(pool: pg.Pool, id: number, outcome: { result?: unknown; error?: unknown }) {
  await pool.query(
    `UPDATE jobs SET status = $2, result = $3, error = $4, finished_at = now(), heartbeat_at = now() WHERE id = $1`,
    [
      id,
      outcome.error ? 'failed' : 'succeeded',
      outcome.result ? JSON.stringify(outcome.result) : null,
      outcome.error ? JSON.stringify(outcome.error) : null,
    ],
  );
}

/** Run one job if there is one; returns whether it did. Tests call this directly. */
export async function runNextJob(pool: pg.Pool, config: Config, files: FileStore): Promise<boolean> {
  const job = await claim(pool);
  if (!job) return false;
  const handler = jobHandler(job.kind);
  if (job.attempts > MAX_ATTEMPTS || !handler) {
    const code = handler ? 'JOB_ABANDONED' : 'INTERNAL';
    await finish(pool, job.id, { error: { code, message: errorMessage(code, 'vi') } });
    return true;
  }
  const actor = await actorFor(pool, job.created_by);
  const ctx = makeCtx({ pool, config, actor, source: 'job', requestId: `job-${job.id}` });
  let last = 0;
  const progress = async (done: number, total?: number) => {
    const now = Date.now();
    if (now - last < 500 && total === undefined) return;
    last = now;
    await pool.query('UPDATE jobs SET done = $2, total = coalesce($3, total), heartbeat_at = now() WHERE id = $1', [
      job.id,
      done,
      total ?? null,
    ]);
  };
  try {
    const result = await handler(job, { ctx, files, progress });
    await finish(pool, job.id, { result });
  } catch (error) {
    const appError = error instanceof AppError ? error : null;
    const code = appError?.code ?? 'INTERNAL';
    await finish(pool, job.id, {
      error: { code, message: errorMessage(code, 'vi', appError?.details), details: appError?.details },
    });
  }
  return true;
}

/** Poll for jobs until stopped. One runner per API process. */
export function startJobRunner(
  pool: pg.Pool,
  config: Config,
  files: FileStore,
  pollMs = 500,
): { stop: () => Promise<void> } {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const loop = async () => {
    while (!stopped) {
      current = runNextJob(pool, config, files).catch(() => false);
      const didWork = await current;
      if (!didWork) await new Promise((r) => setTimeout(r, pollMs));
    }
  };
  void loop();
  return {
    stop: async () => {
      stopped = true;
      await current;
    },
  };
}
