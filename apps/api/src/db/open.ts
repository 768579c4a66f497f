import pg from 'pg';
import type { Config, DbTimeouts } from '../config';
import { startEmbedded } from './embedded';
import { runMigrations } from './migrate';
import { cancelOwnQueries, createPool, openPools, within } from './pools';

export { createPool } from './pools';

// bigint (int8) and numeric come back as strings by default; our ids fit in a JS number,
// money stays a string until the money helpers parse it.
pg.types.setTypeParser(20, (v) => Number(v));
// date columns stay 'YYYY-MM-DD' strings: no timezone shifts for calendar days.
pg.types.setTypeParser(1082, (v) => v);

export type Database = {
  /** Requests (server) or the command's work (CLI). */
  pool: pg.Pool;
  /** A job's own work and the server's timers (long timeouts). */
  jobPool: pg.Pool;
  /** Job bookkeeping: claim, heartbeat, progress, finish. */
  controlPool: pg.Pool;
  mode: 'embedded' | 'server';
  url: string;
  /** Cancel the statements this process is running (shutdown, after the drain). */
  cancelQueries: () => Promise<number>;
  close: () => Promise<void>;
};

/**
 * Migrations and operator commands (seed 12 M members, rebuild rollups) may rightly run for many
 * minutes, watched by whoever started them: no statement limit, locks and idle transactions bounded.
 * Migrations also wait without limit for another process that is migrating (advisory lock).
 */
function maintenanceTimeouts(config: Config, lock: number): DbTimeouts {
  return { ...config.jobTimeouts, statement: 0, lock };
}

async function migrate(url: string, config: Config): Promise<void> {
  const pool = createPool(url, 1, maintenanceTimeouts(config, 0), 'congdoan-migrate');
  try {
    await runMigrations(pool);
  } finally {
    await pool.end();
  }
}

function pools(url: string, config: Config, role: 'server' | 'cli') {
  if (role === 'server') return openPools(url, config);
  const pool = createPool(url, 4, maintenanceTimeouts(config, config.jobTimeouts.lock), 'congdoan-cli');
  return { request: pool, job: pool, control: pool };
}

/**
 * Open the configured database (server when DATABASE_URL is set, else embedded) and migrate it.
 * `server` opens the request, job and control pools; `cli` one pool for the command.
 */
export async function openDatabase(
  config: Config,
  log: (msg: string) => void,
  role: 'server' | 'cli' = 'server',
): Promise<Database> {
  const server = config.databaseUrl ? null : await startEmbedded(config.dataDir, log);
  const url = config.databaseUrl ?? server!.url;
  try {
    await migrate(url, config);
  } catch (error) {
    await server?.stop();
    throw error;
  }
  const p = pools(url, config, role);
  const all = [...new Set([p.request, p.job, p.control])];
  return {
    pool: p.request,
    jobPool: p.job,
    controlPool: p.control,
    mode: server ? 'embedded' : 'server',
    url,
    cancelQueries: () => cancelOwnQueries(url),
    close: async () => {
      // pool.end() waits for checked-out clients; a stuck one must not keep the embedded server up.
      await within(Promise.all(all.map((pool) => pool.end())), 3000);
      await server?.stop();
    },
  };
}
