import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../../db/tx';
import { unitId, useTestApp } from '../../../testing/test-app';
import { computeIndicators } from './compute';
import { indicatorRegistry, indicatorSource } from './registry';

const t = useTestApp();
const audit = { actorId: null, actorName: null, source: 'system' as const, requestId: null, action: 'report.compute' };

const compute = (rootUnitId: number, from: string, to: string, byChild = true) =>
  inTransaction(t.db.pool, audit, (tx) =>
    computeIndicators(tx, [...indicatorRegistry().values()], { rootUnitId, from, to, byChild }),
  );

/** Admissions counted directly: memberships of the units in a subtree as it stood on `to`. */
async function directAdmissions(root: number, from: string, to: string): Promise<number> {
  const { rows } = await t.db.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM memberships m
      WHERE m.unit_id IN (SELECT unit_id FROM org_subtree_as_of($1, $3))
        AND m.admission_kind = 'new' AND m.admitted_on BETWEEN $2 AND $3`,
    [root, from, to],
  );
  return rows[0]!.n;
}

describe('computed indicators roll up the tree as it stood in the period', () => {
  it('a unit moved in July reports Q2 under its old parent and Q3 under its new one, equal to a direct count', async () => {
    const province = await unitId(t, 'LDLD-44');
    const oldParent = await unitId(t, 'CDX-19333');
    const newParent = await unitId(t, 'CDX-19351');
    const { id: moved } = await t.newUnit({ code: 'QT-RPT1', parent: 'CDX-19333', foundedOn: '2020-01-01' });
    for (const day of ['2026-04-03', '2026-05-10', '2026-06-30'])
      await t.newMember({ unit: 'QT-RPT1', admittedOn: day });
    for (const day of ['2026-07-01', '2026-08-10']) await t.newMember({ unit: 'QT-RPT1', admittedOn: day });
    const admin = await t.signIn('qt.quantri');
    const res = await admin.request('POST', '/api/reorganizations', {
      operation: 'move',
      unitId: moved,
      newParentId: newParent,
      effectiveOn: '2026-07-01',
    });
    expect(res.statusCode, res.body).toBe(200);

    const q2 = await compute(province, '2026-04-01', '2026-06-30');
    const q3 = await compute(province, '2026-07-01', '2026-09-30');
    // The moved unit's own figures, alone.
    expect((await compute(moved, '2026-04-01', '2026-06-30', false)).byGroup.get(moved)!['members.admitted']).toBe(3);
    expect((await compute(moved, '2026-07-01', '2026-09-30', false)).byGroup.get(moved)!['members.admitted']).toBe(2);
    // Under the parent it had in each quarter, and equal to a direct count over the subtree as it stood.
    for (const [period, values, from, to] of [
      ['Q2', q2, '2026-04-01', '2026-06-30'],
      ['Q3', q3, '2026-07-01', '2026-09-30'],
    ] as const) {
      for (const group of [province, oldParent, newParent]) {
        expect(values.byGroup.get(group)!['members.admitted'], `${period} ${group}`).toBe(
          await directAdmissions(group, from, to),
        );
      }
    }
    const before = await directAdmissions(oldParent, '2026-04-01', '2026-06-30');
    expect(before).toBeGreaterThanOrEqual(3);
    // Moving QT-RPT1 shifted exactly its admissions between the two communes.
    const q2Old = q2.byGroup.get(oldParent)!['members.admitted']!;
    const q3New = q3.byGroup.get(newParent)!['members.admitted']!;
    expect(q2Old).toBe(before);
    expect(q3New).toBe(await directAdmissions(newParent, '2026-07-01', '2026-09-30'));
    expect(q3New).toBeGreaterThanOrEqual(2);
    // Today's tree would have put the Q2 admissions under the new parent: the report does not.
    const todayQ2 = await t.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM memberships m JOIN org_units u ON u.id = m.unit_id, org_units top
        WHERE top.id = $1 AND u.path <@ top.path AND m.admission_kind = 'new'
          AND m.admitted_on BETWEEN '2026-04-01' AND '2026-06-30'`,
      [newParent],
    );
    expect(q2.byGroup.get(newParent)!['members.admitted']).toBe(todayQ2.rows[0]!.n - 3);
  });

  it('a unit moved to another province after the period still counts in its old province (federation key moved)', async () => {
    const province = await unitId(t, 'LDLD-44');
    const { id: moved } = await t.newUnit({ code: 'QT-RPT2', parent: 'CDX-19333', foundedOn: '2020-01-01' });
    for (const day of ['2026-04-03', '2026-05-10']) await t.newMember({ unit: 'QT-RPT2', admittedOn: day });
    const admin = await t.signIn('admin');
    const res = await admin.request('POST', '/api/reorganizations', {
      operation: 'move',
      unitId: moved,
      newParentId: await unitId(t, 'LDLD-15'),
      effectiveOn: '2026-07-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    // Its memberships now carry the other federation: a filter on the root's federation would lose them.
    const { rows: keys } = await t.db.pool.query<{ federation_id: string }>(
      'SELECT DISTINCT federation_id FROM memberships WHERE unit_id = $1',
      [moved],
    );
    expect(keys.map((k) => Number(k.federation_id))).toEqual([await unitId(t, 'LDLD-15')]);
    const q2 = await compute(province, '2026-04-01', '2026-06-30');
    expect(q2.byGroup.get(province)!['members.admitted']).toBe(
      await directAdmissions(province, '2026-04-01', '2026-06-30'),
    );
    const { rows: active } = await t.db.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM memberships m
        WHERE m.unit_id IN (SELECT unit_id FROM org_subtree_as_of($1, $2))
          AND m.admitted_on <= $2 AND (m.status IN ('active', 'in_transit') OR m.status_on > $2)`,
      [province, '2026-06-30'],
    );
    expect(q2.byGroup.get(province)!['members.active']).toBe(active[0]!.n);
    expect((await compute(moved, '2026-04-01', '2026-06-30', false)).byGroup.get(moved)!['members.active']).toBe(2);
  });

  it('every computed indicator gives a child, and the root, the same figure as computing it alone', async () => {
    const province = await unitId(t, 'LDLD-44');
    const whole = await compute(province, '2020-01-01', '2026-12-31');
    const computed = [...indicatorRegistry().values()].filter((i) => indicatorSource(i) === 'computed');
    expect(computed.map((i) => i.key)).toEqual(
      expect.arrayContaining(['members.admitted', 'members.active', 'org.grassroots_founded', 'petitions.received']),
    );
    const children = [...whole.byGroup.keys()].filter((g) => g !== province).slice(0, 4);
    expect(children.length).toBeGreaterThan(1);
    for (const child of children) {
      const alone = (await compute(child, '2020-01-01', '2026-12-31', false)).byGroup.get(child)!;
      for (const i of computed) expect(whole.byGroup.get(child)![i.key], `${child} ${i.key}`).toBe(alone[i.key]);
    }
    // The root's figure, summed from its groups (or over the whole subtree for readsGroup), is its own alone.
    const rootAlone = (await compute(province, '2020-01-01', '2026-12-31', false)).byGroup.get(province)!;
    for (const i of computed) expect(whole.byGroup.get(province)![i.key], i.key).toBe(rootAlone[i.key]);
    // The demo has members: the figure is not an empty zero everywhere.
    expect(whole.byGroup.get(province)!['members.active']).toBeGreaterThan(0);
  });
});
