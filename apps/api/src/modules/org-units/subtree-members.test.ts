import { describe, expect, it } from 'vitest';
import { unitId, useTestApp, type Session } from '../../testing/test-app';

// The tree's per-unit subtree member figure (with the roots; for children, /children/members), from the
// rollups: equal to a direct count over memberships, to the unit page's "Số liệu trong cây", and moved by
// an admission.
const t = useTestApp();

type Unit = { id: number; code: string; kind: string; subtreeMemberCount?: number | null };

/** Active memberships held anywhere in the unit's subtree, counted directly. */
async function counted(id: number): Promise<number> {
  const { rows } = await t.db.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM memberships m JOIN org_units u ON u.id = m.unit_id
      WHERE m.status = 'active' AND u.path <@ (SELECT path FROM org_units WHERE id = $1)`,
    [id],
  );
  return rows[0]!.n;
}

/** Today's children of a unit, each with its subtree figure from /children/members. */
async function children(s: Session, id: number): Promise<Unit[]> {
  const res = await s.request('GET', `/api/org-units/${id}/children`);
  expect(res.statusCode, res.body).toBe(200);
  const figures = await s.request('GET', `/api/org-units/${id}/children/members`);
  expect(figures.statusCode, figures.body).toBe(200);
  const byId = new Map(
    figures.json<{ items: { id: number; members: number }[] }>().items.map((f) => [f.id, f.members]),
  );
  const items = res.json<{ items: Unit[] }>().items;
  // one figure per child listed, no other
  expect([...byId.keys()].sort()).toEqual(items.map((u) => u.id).sort());
  return items.map((u) => ({ ...u, subtreeMemberCount: byId.get(u.id) }));
}

/** Every unit's figure equals the direct count and the unit page's subtree figure. */
async function expectAgree(s: Session, units: Unit[]) {
  for (const u of units) {
    const counts = (await s.request('GET', `/api/org-units/${u.id}/counts`)).json<{ members: number }>();
    expect({ code: u.code, n: u.subtreeMemberCount }).toEqual({ code: u.code, n: await counted(u.id) });
    expect({ code: u.code, n: u.subtreeMemberCount }).toEqual({ code: u.code, n: counts.members });
  }
}

describe('subtree member figures in the tree', () => {
  it('agree with a direct count and with the unit page, at the root, the provinces and a province’s children', async () => {
    const admin = await t.signIn('admin');
    const roots = (await admin.request('GET', '/api/org-units/roots')).json<{ items: Unit[] }>().items;
    expect(roots).toHaveLength(1);
    expect(roots[0]!.subtreeMemberCount).toBeGreaterThan(1000);
    await expectAgree(admin, roots);
    const provinces = await children(admin, roots[0]!.id);
    await expectAgree(admin, provinces);
    const quangTri = await children(admin, await unitId(t, 'LDLD-44'));
    // the commune unions hold members only through their grassroots unions: the figure is theirs
    const upper = quangTri.filter((u) => u.kind === 'upper_union' && (u.subtreeMemberCount ?? 0) > 0);
    expect(upper.length).toBeGreaterThan(1);
    await expectAgree(admin, quangTri);
    // a grassroots union's figure is its own members
    const grassroots = await children(admin, await unitId(t, 'CDX-19333'));
    expect(grassroots.length).toBeGreaterThan(0);
    await expectAgree(admin, grassroots);
  });

  it('moves with an admission, at every level above; out of scope is refused', async () => {
    const officer = await t.signIn('qt.canbo');
    const province = await unitId(t, 'LDLD-44');
    const commune = await unitId(t, 'CDX-19333');
    const grassroots = (await children(officer, commune)).find((u) => u.kind === 'grassroots_union')!;
    const figure = async () => ({
      province: (await officer.request('GET', '/api/org-units/roots')).json<{ items: Unit[] }>().items[0]!
        .subtreeMemberCount,
      commune: (await children(officer, province)).find((u) => u.id === commune)!.subtreeMemberCount,
      grassroots: (await children(officer, commune)).find((u) => u.id === grassroots.id)!.subtreeMemberCount,
    });
    const before = await figure();
    const res = await officer.request('POST', '/api/members', {
      person: { fullName: 'Nguyễn Văn Đếm', gender: 'male', birthDate: '1991-03-04' },
      admittedOn: '2026-02-01',
      unitId: grassroots.id,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await figure()).toEqual({
      province: before.province! + 1,
      commune: before.commune! + 1,
      grassroots: before.grassroots! + 1,
    });
    // a unit outside the scope, or unknown, is refused like its children list
    const laoCai = await unitId(t, 'LDLD-15');
    for (const id of [laoCai, 999999]) {
      const res = await officer.request('GET', `/api/org-units/${id}/children/members`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('UNIT_NOT_FOUND');
    }
    // a unit without children has no figures
    const none = await officer.request('GET', `/api/org-units/${grassroots.id}/children/members`);
    expect(none.json()).toEqual({ items: [] });
  });
});
