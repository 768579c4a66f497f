import pg from 'pg';
import type { Config, DbTimeouts } from '../config';
import { reniceBackend } from './renice-backend';

/**
 * One pool per role of work, each with its own timeouts, so no role can starve another:
 * - request: HTTP requests; short timeouts, a busy pool answers 503 after `acquire`;
 * - job: a background job's own work (its long transaction) and the API's timers;
 * - control: job bookkeeping (claim, heartbeat, progress, finish). A job holding a transaction never
 *   needs a second connection from the pool its transaction came from, so it cannot wait on itself.
 */
export type Pools = { request: pg.Pool; job: pg.Pool; control: pg.Pool };

/** Connections kept for the job runner: one job at a time per process, plus an export's cursor. */
export const JOB_POOL_MAX = 3;
export const CONTROL_POOL_MAX = 2;

// Backend pids of every connection this process opened, so shutdown cancels our queries only
// (another API process on the same database keeps its own).
const ownBackends = new Set<number>();

/** Session settings sent at connect: every statement, lock wait and idle transaction is bounded. */
export function sessionOptions(t: Omit<DbTimeouts, 'acquire'>): string {
  // jit off: an OLTP app's queries finish in milliseconds, but a walk whose plan is costed as if it
  // read a whole 12 M-row index (it stops after one page) got 100-250 ms of JIT compilation.
  return [
    '-c jit=off',
    `-c statement_timeout=${t.statement}`,
    `-c lock_timeout=${t.lock}`,
    `-c idle_in_transaction_session_timeout=${t.idleInTransaction}`,
  ].join(' ');
}

export function createPool(url: string, max = 10, timeouts?: DbTimeouts, name = 'congdoan', nice = 0): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: name,
    options: timeouts ? sessionOptions(timeouts) : '-c jit=off',
    // 0 would wait for a connection forever: the hang of issue 12.
    connectionTimeoutMillis: timeouts?.acquire || undefined,
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    const pid = (client as unknown as { processID: number | null }).processID;
    if (pid) ownBackends.add(pid);
    if (nice > 0) reniceBackend(client, nice);
  });
  pool.on('remove', (client) => {
    const pid = (client as unknown as { processID: number | null }).processID;
    if (pid) ownBackends.delete(pid);
  });
  return pool;
}

/** The three pools of a server process. */
export function openPools(url: string, config: Config): Pools {
  return {
    request: createPool(url, config.dbPoolMax, config.requestTimeouts, 'congdoan'),
    job: createPool(url, JOB_POOL_MAX, config.jobTimeouts, 'congdoan-job'),
    // Bookkeeping statements are single-row updates: request timeouts fit.
    control: createPool(url, CONTROL_POOL_MAX, config.requestTimeouts, 'congdoan-control'),
  };
}

/**
 * The pools of the job process: no requests; its backends run at the job process's CPU priority. Named apart
 * from the API process's pools, so pg_stat_activity tells the two processes' connections apart.
 */
export function openJobPools(url: string, config: Config): Omit<Pools, 'request'> {
  return {
    job: createPool(url, JOB_POOL_MAX, config.jobTimeouts, 'congdoan-jobs', config.jobNice),
    control: createPool(url, CONTROL_POOL_MAX, config.requestTimeouts, 'congdoan-jobs-control'),
  };
}

/**
 * Cancel the running statement of every connection this process opened (shutdown after the drain),
 * through a fresh connection because the pools may be full. Returns how many were cancelled.
 */
export async function cancelOwnQueries(url: string): Promise<number> {
  if (ownBackends.size === 0) return 0;
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 2000,
    application_name: 'congdoan-shutdown',
    options: '-c statement_timeout=2000',
  });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*) FILTER (WHERE pg_cancel_backend(pid))::int AS n
         FROM pg_stat_activity WHERE pid = ANY($1::int[]) AND state = 'active'`,
      [[...ownBackends]],
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Wait for p at most ms; true when it settled in time. Shutdown steps must not wait forever. */
export function within(p: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    p.then(
      () => resolve(true),
      () => resolve(true),
    ).finally(() => clearTimeout(timer));
  });
}
