import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx';
import { unitId, useTestApp } from '../../testing/test-app';
import { pathUnits, walkUnits } from './completeness-units';

const t = useTestApp();

describe('completeness: the units of a subtree', () => {
  it('by path and by the dated walk, each unit once in its child group, the same whenever the tree did not change', async () => {
    const province = await unitId(t, 'LDLD-44');
    const { rows: top } = await t.db.pool.query<{ id: string }>('SELECT id FROM org_units WHERE parent_id IS NULL');
    const audit = { actorId: null, actorName: null, source: 'system' as const, requestId: null, action: 'test' };
    for (const root of [province, Number(top[0]!.id)]) {
      const args = { rootUnitId: root, from: '2026-07-01', to: '2026-09-30' };
      await inTransaction(t.db.pool, audit, async (tx) => {
        const read = async (u: { sql: string; params: unknown[] }) =>
          (await tx.query(`SELECT unit_id::int AS u, grp::int AS g FROM ${u.sql} t ORDER BY 1`, u.params)).rows;
        const byPath = await read(await pathUnits(tx, args));
        const byWalk = await read(await walkUnits(tx, args));
        expect(byPath.length).toBeGreaterThan(2);
        expect(new Set(byPath.map((r) => r.u)).size).toBe(byPath.length);
        expect(byPath.find((r) => r.u === root)?.g).toBe(root);
        expect(byPath).toEqual(byWalk);
      });
    }
  });
});
