import type pg from 'pg';
import { runMigrations } from './migrate';

/**
 * Drop every table, the audit log included, and migrate again. Only `seed demo --reset` calls
 * this: it is an operator's command on a demo database, never reachable through the product.
 */
export async function resetDatabase(pool: pg.Pool): Promise<void> {
  await pool.query('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await runMigrations(pool);
}
