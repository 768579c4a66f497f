import type pg from 'pg';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditChain } from './seal-chain';
import { verifyAuditChain } from './verify-chain';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();
const clients: pg.PoolClient[] = [];

async function connect(): Promise<pg.PoolClient> {
  const c = await t.db.pool.connect();
  clients.push(c);
  return c;
}

afterEach(async () => {
  for (const c of clients.splice(0)) {
    await c.query('ROLLBACK').catch(() => undefined);
    c.release();
  }
});

/** One audited change to a unit (renaming it), inside the client's open transaction. */
async function renameUnit(c: pg.PoolClient, code: string, suffix: string): Promise<number> {
  await c.query("SELECT set_config('app.actor_name', 'test', true), set_config('app.action', 'test.rename', true)");
  await c.query('UPDATE org_units SET name = name || $2 WHERE code = $1', [code, suffix]);
  // the id audit_append just drew in this session
  const { rows } = await c.query<{ id: number }>("SELECT currval('audit_log_id_seq')::int AS id");
  return rows[0]!.id;
}

async function sealOf(id: number): Promise<number | null> {
  const { rows } = await t.db.pool.query<{ seal: number }>('SELECT seal FROM audit_seals WHERE audit_id = $1', [id]);
  return rows[0]?.seal ?? null;
}

/** Tamper as someone with database access (triggers off), verify on the same connection, then undo. */
async function tampered(sql: string[]): Promise<{ id: number; seal: number | null; reason: string }[]> {
  const c = await connect();
  await c.query('BEGIN');
  await c.query("SET LOCAL session_replication_role = 'replica'");
  for (const s of sql) await c.query(s);
  const report = await verifyAuditChain(c);
  await c.query('ROLLBACK');
  return report.broken;
}

describe('audit chain under concurrent federations', () => {
  it('an open audited transaction in one federation holds no lock another audited writer waits for', async () => {
    // Quảng Trị (LDLD-44) keeps a transaction open with audited writes, as a long import does.
    const holder = await connect();
    await holder.query('BEGIN');
    const held = await renameUnit(holder, 'LDLD-44', ' ·');
    const { rows: locks } = await t.db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = $1",
      [(await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid],
    );
    expect(locks[0]!.n).toBe(0);

    // Lào Cai (another federation) and a second unit in Quảng Trị commit at once: a wait of more than
    // 500 ms on any lock fails the statement instead of passing slowly.
    const writer = await connect();
    await writer.query("SET lock_timeout = '500ms'");
    const ids: number[] = [];
    const started = Date.now();
    for (const code of ['LDLD-15', 'KCN-NDH']) {
      await writer.query('BEGIN');
      ids.push(await renameUnit(writer, code, ' ·'));
      await writer.query('COMMIT');
    }
    expect(Date.now() - started).toBeLessThan(2000);
    await writer.query('RESET lock_timeout');

    // The sealer does not wait either; it leaves everything written after the open transaction began.
    const during = await sealAuditChain(t.db.pool);
    expect(during.busy).toBe(false);
    expect(await sealOf(ids[0]!)).toBeNull();
    expect(await sealOf(ids[1]!)).toBeNull();
    expect((await verifyAuditChain(t.db.pool)).unsealed).toBeGreaterThanOrEqual(2);

    await holder.query('COMMIT');
    await sealAuditChain(t.db.pool);
    const report = await verifyAuditChain(t.db.pool);
    expect(report.broken).toEqual([]);
    expect(report.unsealed).toBe(0);
    // sealed in the order the transactions began: the long one first
    const [a, b, c] = [await sealOf(held), await sealOf(ids[0]!), await sealOf(ids[1]!)];
    expect(a).not.toBeNull();
    expect(a! < b! && b! < c!).toBe(true);
  });

  it('a rolled-back audited transaction leaves no gap in the chain', async () => {
    const c = await connect();
    await c.query('BEGIN');
    const gone = await renameUnit(c, 'LDLD-40', ' ✗');
    await c.query('ROLLBACK');
    await c.query('BEGIN');
    const kept = await renameUnit(c, 'LDLD-40', ' ✓');
    await c.query('COMMIT');
    await sealAuditChain(t.db.pool);
    expect(await sealOf(gone)).toBeNull();
    expect(await sealOf(kept)).not.toBeNull();
    const report = await verifyAuditChain(t.db.pool);
    expect(report).toMatchObject({ broken: [], unsealed: 0 });
  });

  it('one sealer at a time: a second one returns at once instead of waiting', async () => {
    const c = await connect();
    await c.query('BEGIN');
    await renameUnit(c, 'LDLD-15', ' ·');
    await c.query('COMMIT');
    await c.query('BEGIN');
    expect((await c.query<{ n: number }>('SELECT audit_seal(1000) AS n')).rows[0]!.n).toBe(1);
    const other = await connect();
    await other.query("SET lock_timeout = '500ms'");
    expect((await other.query<{ n: number }>('SELECT audit_seal(1000) AS n')).rows[0]!.n).toBe(-1);
    expect(await sealAuditChain(t.db.pool)).toEqual({ sealed: 0, busy: true });
    await c.query('COMMIT');
    expect((await verifyAuditChain(t.db.pool)).broken).toEqual([]);
  });

  describe('tampering is detected', () => {
    let last: number;
    let lastId: number;
    let rowA: number;
    let rowB: number;
    beforeAll(async () => {
      await sealAuditChain(t.db.pool);
      const { rows } = await t.db.pool.query<{ seal: number; id: number }>(
        'SELECT seal, audit_id AS id FROM audit_seals ORDER BY seal DESC LIMIT 3',
      );
      last = rows[0]!.seal;
      lastId = rows[0]!.id;
      rowA = rows[2]!.id;
      rowB = rows[1]!.id;
      expect((await verifyAuditChain(t.db.pool)).broken).toEqual([]);
    });

    it('an edited row', async () => {
      const broken = await tampered([`UPDATE audit_log SET actor_name = 'someone-else' WHERE id = ${rowA}`]);
      expect(broken).toEqual([{ id: rowA, seal: last - 2, reason: 'hash' }]);
    });

    it('a deleted row', async () => {
      const broken = await tampered([`DELETE FROM audit_log WHERE id = ${rowB}`]);
      expect(broken).toEqual([{ id: rowB, seal: last - 1, reason: 'deleted' }]);
    });

    it('two rows swapped (contents exchanged, ids kept)', async () => {
      const cols =
        'at, actor_id, actor_name, source, request_id, action, entity_type, entity_id, unit_path, before, after';
      const broken = await tampered([
        `UPDATE audit_log a SET (${cols}) = (SELECT ${cols} FROM audit_log b
           WHERE b.id = CASE a.id WHEN ${rowA} THEN ${rowB} ELSE ${rowA} END) WHERE a.id IN (${rowA}, ${rowB})`,
      ]);
      expect(broken.map((b) => [b.id, b.reason])).toEqual([
        [rowA, 'hash'],
        [rowB, 'hash'],
      ]);
    });

    it('two seals reordered', async () => {
      const broken = await tampered([
        `UPDATE audit_seals SET seal = -1 WHERE seal = ${last - 1}`,
        `UPDATE audit_seals SET seal = ${last - 1} WHERE seal = ${last}`,
        `UPDATE audit_seals SET seal = ${last} WHERE seal = -1`,
      ]);
      expect(broken.map((b) => b.seal)).toEqual([last - 1, last]);
    });

    it('a row moved to the end (new id) and a seal removed', async () => {
      const moved = await tampered([`UPDATE audit_log SET id = id + 1000000 WHERE id = ${rowA}`]);
      expect(moved).toEqual([
        { id: rowA, seal: last - 2, reason: 'deleted' },
        { id: rowA + 1000000, seal: null, reason: 'inserted' },
      ]);
      const cut = await tampered([`DELETE FROM audit_seals WHERE seal = ${last - 1}`]);
      expect(cut).toEqual([
        { id: lastId, seal: last, reason: 'link' },
        { id: rowB, seal: null, reason: 'inserted' },
      ]);
    });

    it('a row slipped in behind the last seal', async () => {
      const broken = await tampered([
        `INSERT INTO audit_log (id, xid, source, action, entity_type) VALUES (${rowA} - 1000000, '1', 'sql', 'x', 'x')`,
      ]);
      expect(broken).toEqual([{ id: rowA - 1000000, seal: null, reason: 'inserted' }]);
    });
  });
});
