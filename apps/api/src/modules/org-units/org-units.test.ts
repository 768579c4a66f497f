import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

describe('org units in the actor scope', () => {
  it('gives the administrator the confederation as root, with its three provinces as children', async () => {
    const admin = await t.signIn('admin');
    const roots = (await admin.request('GET', '/api/org-units/roots')).json();
    expect(roots.items.map((u: { code: string }) => u.code)).toEqual(['TLD']);
    const children = (await admin.request('GET', `/api/org-units/${roots.items[0].id}/children`)).json();
    expect(children.items.map((u: { name: string }) => u.name).sort()).toEqual([
      'Liên đoàn Lao động tỉnh Lào Cai',
      'Liên đoàn Lao động tỉnh Nghệ An',
      'Liên đoàn Lao động tỉnh Quảng Trị',
    ]);
    expect(children.items[0].childCount).toBeGreaterThan(0);
  });

  it('roots a provincial officer at their province and hides the rest with 404', async () => {
    const officer = await t.signIn('qt.canbo');
    const roots = (await officer.request('GET', '/api/org-units/roots')).json();
    expect(roots.items.map((u: { code: string }) => u.code)).toEqual(['LDLD-44']);
    const kcn = await officer.request('GET', `/api/org-units/${await unitId(t, 'KCN-NDH')}`);
    expect(kcn.json()).toMatchObject({ name: 'Công đoàn Khu công nghiệp Nam Đông Hà', kind: 'upper_union', depth: 2 });
    for (const code of ['TLD', 'LDLD-40', 'NA-0101']) {
      const res = await officer.request('GET', `/api/org-units/${await unitId(t, code)}`);
      expect(res.statusCode, code).toBe(404);
      expect(res.json().error.code).toBe('UNIT_NOT_FOUND');
    }
  });

  it('keeps paths consistent with parents', async () => {
    const { rows } = await t.db.pool.query<{ bad: number }>(
      `SELECT count(*)::int AS bad FROM org_units c JOIN org_units p ON p.id = c.parent_id
        WHERE c.path <> p.path || c.id::text`,
    );
    expect(rows[0]!.bad).toBe(0);
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const admin = await t.signIn('admin');
    const bad = await admin.request('GET', '/api/org-units/abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect((await admin.request('GET', '/api/org-units/999999')).statusCode).toBe(404);
  });
});
