import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

const memberships = async (code: string) =>
  (
    await t.db.pool.query<{ status: string; n: number }>(
      `SELECT m.status, count(*)::int AS n FROM memberships m JOIN org_units u ON u.id = m.unit_id
        WHERE u.code = $1 GROUP BY m.status ORDER BY m.status`,
      [code],
    )
  ).rows;

describe('reorganisations and the member registry', () => {
  it('counts members holding a membership now, not past ones', async () => {
    const id = await unitId(t, 'QT-0004');
    const { rows } = await t.db.pool.query<{ n: number; active: number }>(
      `SELECT unit_member_count($1)::int AS n,
              (SELECT count(*)::int FROM memberships WHERE unit_id = $1 AND status = 'active') AS active`,
      [id],
    );
    expect(rows[0]!.active).toBeGreaterThan(0);
    expect(rows[0]!.n).toBe(rows[0]!.active);
  });

  it('closing a grassroots union hands its open memberships to the target and leaves history in place', async () => {
    const closing = await unitId(t, 'QT-0005');
    const target = await unitId(t, 'QT-0004');
    // A past member of the closing union: their ended membership must stay where it was.
    await t.db.pool.query(
      `UPDATE memberships SET status = 'left', status_on = '2024-01-01', status_reason = 'test'
        WHERE id = (SELECT id FROM memberships WHERE unit_id = $1 AND status = 'active' ORDER BY id LIMIT 1)`,
      [closing],
    );
    const before = await memberships('QT-0005');
    const openBefore = before
      .filter((r) => r.status === 'active' || r.status === 'in_transit')
      .reduce((a, r) => a + r.n, 0);
    const pastBefore = before
      .filter((r) => r.status !== 'active' && r.status !== 'in_transit')
      .reduce((a, r) => a + r.n, 0);
    const targetActiveBefore = (await memberships('QT-0004')).find((r) => r.status === 'active')?.n ?? 0;
    expect(openBefore).toBeGreaterThan(0);
    expect(pastBefore).toBeGreaterThan(0);

    const admin = await t.signIn('admin');
    const res = await admin.request('POST', '/api/reorganizations', {
      operation: 'close',
      unitId: closing,
      targetId: target,
      effectiveOn: '2026-11-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = await memberships('QT-0005');
    expect(after.every((r) => r.status !== 'active' && r.status !== 'in_transit')).toBe(true);
    expect(after.reduce((a, r) => a + r.n, 0)).toBe(pastBefore);
    const targetActive = (await memberships('QT-0004')).find((r) => r.status === 'active')?.n ?? 0;
    expect(targetActive).toBeGreaterThanOrEqual(targetActiveBefore + 1);
  });
});
