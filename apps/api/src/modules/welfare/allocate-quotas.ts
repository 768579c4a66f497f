import { AppError, Permission, type QuotaTable } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { quotaTable } from './get-quotas';
import { spentOwnSql } from './spending.queries';
import { assertCount, assertVnd, nominatedSql, programmeFor, unitInScope } from './welfare.queries';

type Item = { unitId: number; count: number; budgetVnd: number };

/**
 * Set the quotas of units directly below `parentUnitId` (the ones listed; others keep theirs).
 * The parent quota is locked first, so concurrent allocations under one parent run one after the
 * other and the sum below never exceeds it (the welfare_quotas_sum trigger re-checks in the database).
 */
export async function allocateQuotas(
  ctx: Ctx,
  programmeId: number,
  input: { parentUnitId: number; items: Item[] },
): Promise<QuotaTable> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_quota.allocate', async (tx) => {
    await programmeFor(tx, programmeId, scopeFor(actor, Permission.WelfareRead));
    await unitInScope(tx, input.parentUnitId, scopeFor(actor, Permission.WelfareWrite));
    assertVnd(...input.items.map((i) => i.budgetVnd));
    assertCount(...input.items.map((i) => i.count));
    // Lock first, read after: a statement that waited for a lock keeps its older snapshot for everything
    // else it reads, so sums and counts come from fresh statements once the locks are held.
    const { rows: lockedParent } = await tx.query<{ id: number }>(
      'SELECT id FROM welfare_quotas WHERE programme_id = $1 AND unit_id = $2 FOR UPDATE',
      [programmeId, input.parentUnitId],
    );
    const { rows: parent } = await tx.query<{
      id: number;
      count: number;
      budgetVnd: number;
      nominated: number;
      spent: number;
    }>(
      `SELECT q.id, q.count, q.budget_vnd AS "budgetVnd", ${nominatedSql} AS nominated, ${spentOwnSql} AS spent
         FROM welfare_quotas q WHERE q.id = $1`,
      [lockedParent[0]?.id ?? 0],
    );
    const p = parent[0];
    if (!p) throw new AppError('WELFARE_NO_QUOTA', { unitId: input.parentUnitId });
    const ids = input.items.map((i) => i.unitId);
    const { rows: children } = await tx.query<{ id: number }>(
      `SELECT id FROM org_units WHERE id = ANY($1::bigint[]) AND parent_id = $2 AND closed_on IS NULL
          AND kind <> 'union_group'`,
      [ids, input.parentUnitId],
    );
    if (new Set(ids).size !== ids.length || children.length !== ids.length) {
      throw new AppError('WELFARE_QUOTA_NOT_CHILD');
    }
    // Each child keeps at least what it already gave further down or nominated itself.
    await tx.query(
      'SELECT id FROM welfare_quotas WHERE programme_id = $1 AND unit_id = ANY($2::bigint[]) ORDER BY id FOR UPDATE',
      [programmeId, ids],
    );
    const { rows: used } = await tx.query<{ unitId: number; used: number; usedVnd: number }>(
      `SELECT q.unit_id AS "unitId",
              (coalesce((SELECT sum(c.count) FROM welfare_quotas c WHERE c.parent_quota_id = q.id), 0)
               + ${nominatedSql})::int AS used,
              (coalesce((SELECT sum(c.budget_vnd) FROM welfare_quotas c WHERE c.parent_quota_id = q.id), 0)
               + ${spentOwnSql})::bigint AS "usedVnd"
         FROM welfare_quotas q WHERE q.programme_id = $1 AND q.unit_id = ANY($2::bigint[])`,
      [programmeId, ids],
    );
    for (const u of used) {
      const item = input.items.find((i) => i.unitId === u.unitId)!;
      if (item.count < u.used || item.budgetVnd < u.usedVnd) {
        throw new AppError('WELFARE_QUOTA_BELOW_USED', { unitId: u.unitId, used: u.used });
      }
    }
    const { rows: others } = await tx.query<{ n: number; vnd: number }>(
      `SELECT coalesce(sum(count), 0)::int AS n, coalesce(sum(budget_vnd), 0)::bigint AS vnd FROM welfare_quotas
        WHERE parent_quota_id = $1 AND unit_id <> ALL($2::bigint[])`,
      [p.id, ids],
    );
    const count = others[0]!.n + input.items.reduce((s, i) => s + i.count, 0) + p.nominated;
    // the parent's budget also covers what it handed out itself
    const vnd = others[0]!.vnd + input.items.reduce((s, i) => s + i.budgetVnd, 0) + p.spent;
    if (count > p.count || vnd > p.budgetVnd) {
      throw new AppError('WELFARE_QUOTA_OVER_PARENT', { count, parentCount: p.count });
    }
    for (const i of [...input.items].sort((a, b) => a.unitId - b.unitId)) {
      await tx.query(
        `INSERT INTO welfare_quotas (programme_id, unit_id, parent_quota_id, count, budget_vnd) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (programme_id, unit_id) DO UPDATE SET count = excluded.count, budget_vnd = excluded.budget_vnd,
           updated_at = now()`,
        [programmeId, i.unitId, p.id, i.count, i.budgetVnd],
      );
    }
    return quotaTable(tx, programmeId, input.parentUnitId);
  });
}
