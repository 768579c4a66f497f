import type { FastifyInstance } from 'fastify';
import type { Database } from './db/open';
import { within } from './db/pools';

type Stoppable = { stop: () => void | Promise<void> };

// After the cancel, the time requests get to send their 503 and jobs to roll back.
const AFTER_CANCEL_MS = 2000;

/**
 * Stop within a bounded time even under load: stop the timers and taking connections, let in-flight
 * requests and the running job finish for `drainMs`, then cancel our own running statements (their
 * requests answer 503, the job's transaction rolls back and the job is queued again), close the pools.
 * Resolves with how it went; the caller exits.
 */
export async function shutdown(parts: {
  app: FastifyInstance;
  db: Database;
  jobs: Stoppable;
  timers: Stoppable[];
  drainMs: number;
  log: (msg: string) => void;
}): Promise<{ drained: boolean; cancelled: number }> {
  const { app, db, jobs, timers, drainMs, log } = parts;
  for (const t of timers) void t.stop();
  // app.close() stops accepting at once and resolves when the last in-flight request has answered.
  const closing = Promise.all([app.close(), jobs.stop()]);
  const drained = await within(closing, drainMs);
  if (drained) {
    await db.close().catch(() => undefined);
    return { drained, cancelled: 0 };
  }
  // Ending the pools first: no statement starts after the cancel (requests still waiting for a
  // connection get none; their sockets close at exit).
  const closingDb = db.close().catch(() => undefined);
  const cancelled = await db.cancelQueries().catch(() => 0);
  log(`Hết ${drainMs} ms chờ, đã hủy ${cancelled} truy vấn đang chạy (drain timed out, cancelled queries)`);
  await within(closing, AFTER_CANCEL_MS);
  await closingDb;
  return { drained, cancelled };
}
