import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createPool } from './open';
import { runMigrations } from './migrate';
import { databaseUrl } from '../testing/database-url';
import { sealAuditChain } from '../modules/audit/seal-chain';
import { verifyAuditChain } from '../modules/audit/verify-chain';

// A database whose log was chained by the old audit_append (one lock, hash on each row) must still
// verify after migration 0011 moves those hashes into audit_seals.
const name = `t_${process.ppid}_${randomBytes(4).toString('hex')}`;
let pool: pg.Pool;

const append = (action: string) =>
  pool.query("SELECT audit_append($1, 'test', '1', '1'::ltree, NULL, '{\"n\": 1}'::jsonb)", [action]);

beforeAll(async () => {
  const admin = createPool(inject('dbBaseUrl'), 1);
  await admin.query(`CREATE DATABASE ${name}`).finally(() => admin.end());
  pool = createPool(databaseUrl(inject('dbBaseUrl'), name), 3);
  await runMigrations(pool, { before: '0011' });
  for (let i = 0; i < 5; i++) await append(`legacy.${i}`);
  await runMigrations(pool);
});

afterAll(async () => {
  await pool?.end();
  const admin = createPool(inject('dbBaseUrl'), 1);
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => admin.end());
});

describe('migration 0011 on a log chained the old way', () => {
  it('keeps the old hashes as seals 1..n in id order, and new rows chain on from the last of them', async () => {
    const { rows: legacy } = await pool.query<{ seal: number; id: number; xid: string }>(
      'SELECT seal, audit_id AS id, audit_xid::text AS xid FROM audit_seals ORDER BY seal',
    );
    expect(legacy.map((r) => r.seal)).toEqual([1, 2, 3, 4, 5]);
    expect(legacy.every((r, i) => r.xid === '0' && (i === 0 || r.id > legacy[i - 1]!.id))).toBe(true);
    expect(await verifyAuditChain(pool)).toMatchObject({ rows: 5, unsealed: 0, broken: [] });

    await append('new.0');
    await append('new.1');
    expect((await verifyAuditChain(pool)).unsealed).toBe(2);
    expect(await sealAuditChain(pool)).toEqual({ sealed: 2, busy: false });
    const report = await verifyAuditChain(pool);
    expect(report).toMatchObject({ rows: 7, unsealed: 0, broken: [] });
    const { rows: link } = await pool.query<{ ok: boolean }>(
      'SELECT (SELECT prev_hash FROM audit_seals WHERE seal = 6) = (SELECT hash FROM audit_seals WHERE seal = 5) AS ok',
    );
    expect(link[0]!.ok).toBe(true);
  });

  it('still detects an edited or deleted row among the old ones', async () => {
    const id = (await pool.query<{ id: number }>('SELECT audit_id AS id FROM audit_seals WHERE seal = 3')).rows[0]!.id;
    for (const [sql, reason] of [
      [`UPDATE audit_log SET after = '{"n": 2}' WHERE id = ${id}`, 'hash'],
      [`UPDATE audit_log SET xid = '5' WHERE id = ${id}`, 'hash'],
      [`DELETE FROM audit_log WHERE id = ${id}`, 'deleted'],
    ]) {
      const c = await pool.connect();
      try {
        await c.query('BEGIN');
        await c.query("SET LOCAL session_replication_role = 'replica'");
        await c.query(sql!);
        expect((await verifyAuditChain(c)).broken).toContainEqual({ id, seal: 3, reason });
      } finally {
        await c.query('ROLLBACK');
        c.release();
      }
    }
  });
});
