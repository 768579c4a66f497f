import type pg from 'pg';
import { AppError, errorMessage } from '@congdoan/domain';
import type { Config } from '../../config';
import { makeCtx } from '../../context/context';
import type { Actor } from '../../context/actor';
import { loadGrants } from '../auth';
import type { FileStore } from '../../storage/file-store';
import { jobHandler, type ClaimedJob } from './job-registry';
import { dbErrorCode } from '../../db/db-errors';

const STALE_SECONDS = 60;
// Well inside STALE_SECONDS, so a long statement (no progress calls) is not taken for a crash.
const HEARTBEAT_MS = 15_000;
const MAX_ATTEMPTS = 3;

/**
 * `work`: the job's own queries and transaction (long timeouts). `control`: claim, heartbeat, progress
 * and finish. Separate pools, so a job inside its transaction never waits for a connection that only
 * its own transaction's end could free (issue 12). A single pool is accepted for tests that run one
 * job with nothing else on the pool.
 */
export type JobPools = { work: pg.Pool; control: pg.Pool };
type PoolsArg = JobPools | pg.Pool;
const poolsOf = (p: PoolsArg): JobPools => ('work' in p ? p : { work: p, control: p });

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
export async function runNextJob(
  pools: PoolsArg,
  config: Config,
  files: FileStore,
  stopping: () => boolean = () => false,
): Promise<boolean> {
  const { work, control } = poolsOf(pools);
  const job = await claim(control);
  if (!job) return false;
  const handler = jobHandler(job.kind);
  if (job.attempts > MAX_ATTEMPTS || !handler) {
    const code = handler ? 'JOB_ABANDONED' : 'INTERNAL';
    await finish(control, job.id, { error: { code, message: errorMessage(code, 'vi') } });
    return true;
  }
  const actor = await actorFor(control, job.created_by);
  const ctx = makeCtx({ pool: work, config, actor, source: 'job', requestId: `job-${job.id}` });
  let last = 0;
  const progress = async (done: number, total?: number) => {
    const now = Date.now();
    if (now - last < 500 && total === undefined) return;
    last = now;
    await control.query('UPDATE jobs SET done = $2, total = coalesce($3, total), heartbeat_at = now() WHERE id = $1', [
      job.id,
      done,
      total ?? null,
    ]);
  };
  const heartbeat = setInterval(() => {
    control.query('UPDATE jobs SET heartbeat_at = now() WHERE id = $1', [job.id]).catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const result = await handler(job, { ctx, files, progress });
    await finish(control, job.id, { result });
  } catch (error) {
    if (stopping()) {
      // Cancelled by a shutdown, not failed: queued again for the next start (attempts still count).
      await control.query(`UPDATE jobs SET status = 'queued' WHERE id = $1`, [job.id]);
      return true;
    }
    const appError = error instanceof AppError ? error : null;
    const code = appError?.code ?? dbErrorCode(error) ?? 'INTERNAL';
    await finish(control, job.id, {
      error: { code, message: errorMessage(code, 'vi', appError?.details), details: appError?.details },
    });
  } finally {
    clearInterval(heartbeat);
  }
  return true;
}

/** Poll for jobs until stopped. One runner per API process. */
export function startJobRunner(
  pools: PoolsArg,
  config: Config,
  files: FileStore,
  pollMs = 500,
): { stop: () => Promise<void> } {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const loop = async () => {
    while (!stopped) {
      current = runNextJob(pools, config, files, () => stopped).catch(() => false);
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
