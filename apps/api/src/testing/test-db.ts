import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { inject } from 'vitest';
import { createPool } from '../db/open';
import { databaseUrl } from './database-url';

export type TestDatabase = { pool: pg.Pool; url: string; drop: () => Promise<void> };

/**
 * A fresh database for one test file, cloned from the migrated template (fast: a file copy).
 * The name carries the vitest parent pid so global teardown can drop leftovers.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const base = inject('dbBaseUrl');
  const template = inject('dbTemplate');
  const name = `t_${process.ppid}_${randomBytes(4).toString('hex')}`;
  const admin = createPool(base, 1);
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(base, name);
  // named apart from the server's pools, which tests look for in pg_stat_activity
  const pool = createPool(url, 5, undefined, 'congdoan-test');
  return {
    pool,
    url,
    drop: async () => {
      await pool.end();
      const a = createPool(base, 1);
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => a.end());
    },
  };
}
