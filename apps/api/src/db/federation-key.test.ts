import { describe, expect, it } from 'vitest';
import { qtMember } from '../testing/quang-tri';
import { unitId, useTestApp } from '../testing/test-app';

const t = useTestApp();

/** The tables expected to grow to millions of rows; each must carry the provincial federation key. */
const LARGE_TABLES = [
  'persons',
  'memberships',
  'member_cards',
  'member_transfers',
  'registrations',
  'checkins',
  'petitions',
  'audit_log',
];

const federationOf = async (code: string) =>
  (
    await t.db.pool.query<{ id: number }>(
      `SELECT ltree2text(subpath(path, 1, 1))::bigint AS id FROM org_units WHERE code = $1`,
      [code],
    )
  ).rows[0]!.id;

/** Rows whose federation_id disagrees with their unit's path (0 when the key is right everywhere). */
async function wrongKeys(): Promise<Record<string, number>> {
  const checks: Record<string, string> = {
    persons: 'unit_id',
    memberships: 'unit_id',
    member_cards: 'unit_id',
    member_transfers: 'unit_id',
    registrations: 'unit_id',
    checkins: 'unit_id',
    petitions: 'origin_unit_id',
  };
  const out: Record<string, number> = {};
  for (const [table, col] of Object.entries(checks)) {
    const { rows } = await t.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${table} x JOIN org_units u ON u.id = x.${col}
        WHERE x.federation_id IS DISTINCT FROM ltree_federation(u.path)`,
    );
    out[table] = rows[0]!.n;
  }
  return out;
}

const zero = (r: Record<string, number>) => Object.fromEntries(Object.keys(r).map((k) => [k, 0]));

describe('provincial federation key on the large tables', () => {
  it('every large table has federation_id, and the demo rows carry the right one', async () => {
    const { rows } = await t.db.pool.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns WHERE column_name = 'federation_id' AND table_schema = 'public'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(expect.arrayContaining([...LARGE_TABLES].sort()));
    const wrong = await wrongKeys();
    expect(wrong).toEqual(zero(wrong));
    const n = await t.db.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM memberships WHERE federation_id IS NULL',
    );
    expect(n.rows[0]!.n).toBe(0);
  });

  it('follows a member transferred to another province', async () => {
    const s = await t.signIn('admin');
    const id = await qtMember(t, { card: true });
    const qt = await federationOf('QT-0001');
    const lc = await federationOf('LC-0001');
    expect(qt).not.toBe(lc);
    const person = async () =>
      (await t.db.pool.query<{ f: number }>('SELECT federation_id AS f FROM persons WHERE id = $1', [id])).rows[0]!.f;
    expect(await person()).toBe(qt);
    const tr = await s.request('POST', `/api/members/${id}/transfer`, { toUnitId: await unitId(t, 'LC-0001') });
    expect(tr.statusCode, tr.body).toBe(200);
    const ok = await s.request('POST', `/api/members/transfers/${tr.json().id}/confirm`, {});
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await person()).toBe(lc);
    const ms = await t.db.pool.query<{ id: string; status: string; f: number }>(
      'SELECT id::text, status, federation_id AS f FROM memberships WHERE person_id = $1 ORDER BY id',
      [id],
    );
    expect(ms.rows.map(({ status, f }) => ({ status, f }))).toEqual([
      { status: 'transferred_out', f: qt },
      { status: 'active', f: lc },
    ]);
    // the audit row of the new membership is keyed by its federation too
    const audit = await t.db.pool.query<{ f: number }>(
      `SELECT federation_id AS f FROM audit_log WHERE entity_type = 'memberships' AND entity_id = $1
        ORDER BY id DESC LIMIT 1`,
      [ms.rows[1]!.id],
    );
    expect(audit.rows[0]!.f).toBe(lc);
  });

  it('a unit moved into another federation takes its members, cards and history along', async () => {
    const admin = await t.signIn('admin');
    const moving = await unitId(t, 'QT-0003');
    await qtMember(t, { code: 'QT-0003', card: true });
    const { rows } = await t.db.pool.query<{ id: number }>(
      `SELECT c.id FROM org_units c JOIN org_units lc ON lc.code = 'LC-0001' AND c.id = lc.parent_id`,
    );
    const target = rows[0]!.id;
    const res = await admin.request('POST', '/api/reorganizations', {
      operation: 'move',
      unitId: moving,
      newParentId: target,
      effectiveOn: '2026-01-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    const lc = await federationOf('LC-0001');
    const moved = await t.db.pool.query<{ n: number; right: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE federation_id = $2)::int AS right
         FROM memberships WHERE unit_id = $1`,
      [moving, lc],
    );
    expect(moved.rows[0]!.n).toBeGreaterThan(0);
    expect(moved.rows[0]!.right).toBe(moved.rows[0]!.n);
    const wrong = await wrongKeys();
    expect(wrong).toEqual(zero(wrong));
  });
});
