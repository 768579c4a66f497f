import pg from 'pg';
import type { Config } from '../config';
import { startEmbedded } from './embedded';
import { runMigrations } from './migrate';

// bigint (int8) and numeric come back as strings by default; our ids fit in a JS number,
// money stays a string until the money helpers parse it.
pg.types.setTypeParser(20, (v) => Number(v));
// date columns stay 'YYYY-MM-DD' strings: no timezone shifts for calendar days.
pg.types.setTypeParser(1082, (v) => v);

export type Database = {
  pool: pg.Pool;
  mode: 'embedded' | 'server';
  close: () => Promise<void>;
};

export function createPool(url: string, max = 10): pg.Pool {
  // jit off: an OLTP app's queries finish in milliseconds, but a walk whose plan is costed as if it
  // read a whole 12 M-row index (it stops after one page) got 100-250 ms of JIT compilation.
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'congdoan', options: '-c jit=off' });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}

/** Open the configured database (server when DATABASE_URL is set, else embedded) and migrate it. */
export async function openDatabase(config: Config, log: (msg: string) => void): Promise<Database> {
  if (config.databaseUrl) {
    const pool = createPool(config.databaseUrl);
    await runMigrations(pool);
    return { pool, mode: 'server', close: () => pool.end() };
  }
  const server = await startEmbedded(config.dataDir, log);
  const pool = createPool(server.url);
  try {
    await runMigrations(pool);
  } catch (error) {
    await pool.end();
    await server.stop();
    throw error;
  }
  return {
    pool,
    mode: 'embedded',
    close: async () => {
      await pool.end();
      await server.stop();
    },
  };
}
