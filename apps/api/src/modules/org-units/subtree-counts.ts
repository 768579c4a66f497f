import { Permission, type SubtreeCounts } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../http/context';
import { todayVN } from '../reorganizations/dates';
import { getUnit } from './get-unit';

/**
 * Units (by kind and sector) and members in a unit's subtree as it stood on `asOf` (default today):
 * a past period rolls up under the parents units had then (org_subtree_as_of over the history).
 */
export async function subtreeCounts(ctx: Ctx, id: number, asOf?: string): Promise<SubtreeCounts> {
  requireActor(ctx);
  await getUnit(ctx, id, Permission.OrgRead);
  const on = asOf ?? todayVN(ctx.now());
  const { rows } = await ctx.pool.query<{ kind: string; sector: string | null; units: number; members: number }>(
    `SELECT u.kind, u.sector, count(*)::int AS units, coalesce(sum(unit_member_count(u.id)), 0)::int AS members
       FROM org_subtree_as_of($1, $2) s JOIN org_units u ON u.id = s.unit_id
      WHERE s.depth > 0 GROUP BY u.kind, u.sector`,
    [id, on],
  );
  const own = await ctx.pool.query<{ n: number }>('SELECT unit_member_count($1)::int AS n', [id]);
  const byKind: Record<string, number> = {};
  const bySector: Record<string, number> = {};
  let units = 0;
  let members = own.rows[0]!.n;
  for (const r of rows) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + r.units;
    if (r.sector) bySector[r.sector] = (bySector[r.sector] ?? 0) + r.units;
    units += r.units;
    members += r.members;
  }
  return { asOf: on, units, byKind, bySector, members };
}
