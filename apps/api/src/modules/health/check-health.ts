import type pg from 'pg';
import { appliedMigration } from '../../db/migrate';

/** Whether the database answers, its version and the last migration applied ("degraded" when it does not). */
export async function checkHealth(pool: pg.Pool, mode: 'embedded' | 'server') {
  const version = await pool
    .query<{ v: string }>("SELECT current_setting('server_version') AS v")
    .then((r) => r.rows[0]?.v ?? 'unknown')
    .catch(() => null);
  return {
    status: version ? ('ok' as const) : ('degraded' as const),
    db: { mode, version: version ?? 'unreachable', migration: version ? await appliedMigration(pool) : null },
  };
}
