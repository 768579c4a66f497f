import type pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

// Member rollups are applied when a transaction commits (migration 0011), so a long transaction that
// admits members (the import) holds no rollup row another writer of its federation needs.
const t = useTestApp();
const clients: pg.PoolClient[] = [];
let n = 0;

async function connect(): Promise<pg.PoolClient> {
  const c = await t.db.pool.connect();
  clients.push(c);
  await c.query("SET lock_timeout = '500ms'");
  return c;
}

afterEach(async () => {
  for (const c of clients.splice(0)) {
    await c.query('ROLLBACK').catch(() => undefined);
    c.release();
  }
});

/** Admit a new woman into the union `code` (same sector and gender everywhere: the same rollup rows). */
async function admit(c: pg.PoolClient, code: string): Promise<void> {
  const name = `Khóa ${++n}`;
  await c.query(
    `WITH u AS (SELECT id FROM org_units WHERE code = $1),
     p AS (INSERT INTO persons (unit_id, family_name, middle_name, given_name, full_name, sort_key, gender, birth_date)
           SELECT id, 'Lê', 'Thị', $2, 'Lê Thị ' || $2, $2, 'female', '1991-02-03' FROM u RETURNING id, unit_id)
     INSERT INTO memberships (person_id, unit_id, admitted_on) SELECT id, unit_id, '2024-05-01' FROM p`,
    [code, name],
  );
}

const count = async (db: pg.Pool | pg.PoolClient, code: string) =>
  Number(
    (await db.query<{ n: string }>('SELECT unit_member_count(id) AS n FROM org_units WHERE code = $1', [code])).rows[0]!
      .n,
  );

const differences = async () => (await t.db.pool.query('SELECT * FROM member_rollups_check()')).rows;

describe('member rollups under concurrent writers', () => {
  it('an open transaction that admitted members blocks no other admission in its federation', async () => {
    const before = [await count(t.db.pool, 'QT-0001'), await count(t.db.pool, 'QT-0004')];
    const [a, b] = [await connect(), await connect()];
    await a.query('BEGIN');
    await b.query('BEGIN');
    // crossed order: with rollup rows locked per statement, the second pair would wait (and deadlock)
    await admit(a, 'QT-0001');
    await admit(b, 'QT-0004');
    await admit(a, 'QT-0004');
    await admit(b, 'QT-0001');
    // each transaction sees its own pending counts; the other does not yet
    expect(await count(a, 'QT-0001')).toBe(before[0]! + 1);
    expect(await count(t.db.pool, 'QT-0001')).toBe(before[0]);
    await b.query('COMMIT');
    await a.query('COMMIT');
    expect([await count(t.db.pool, 'QT-0001'), await count(t.db.pool, 'QT-0004')]).toEqual([
      before[0]! + 2,
      before[1]! + 2,
    ]);
    expect(await differences()).toEqual([]);
    expect((await t.db.pool.query('SELECT 1 FROM member_stats_flushes')).rowCount).toBe(0);
  });

  it('a rollback, or a savepoint rolled back, takes its pending deltas with it', async () => {
    const before = await count(t.db.pool, 'QT-0001');
    const c = await connect();
    await c.query('BEGIN');
    await admit(c, 'QT-0001');
    await c.query('ROLLBACK');
    await c.query('BEGIN');
    await admit(c, 'QT-0001');
    await c.query('SAVEPOINT s');
    await admit(c, 'QT-0001');
    await c.query('ROLLBACK TO SAVEPOINT s');
    await c.query('COMMIT');
    expect(await count(t.db.pool, 'QT-0001')).toBe(before + 1);
    expect(await differences()).toEqual([]);
  });
});
