import { Permission, type SubtreeCounts } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../http/context';
import { todayVN } from '../reorganizations/dates';
import { getUnit } from './get-unit';

// Members held now (active) by one unit, from the rollup rows kept by triggers (unit_member_stats).
const activeMembers = (unit: string) =>
  `SELECT sum(r.n) AS n FROM unit_member_stats r WHERE r.unit_id = ${unit} AND r.status = 'active'`;

/**
 * Units (by kind and sector) and members in a unit's subtree as it stood on `asOf` (default today):
 * a past period rolls up under the parents units had then (org_subtree_as_of over the history).
 * Members are those holding a membership now in the units of that subtree (from the rollups).
 */
export async function subtreeCounts(ctx: Ctx, id: number, asOf?: string): Promise<SubtreeCounts> {
  requireActor(ctx);
  await getUnit(ctx, id, Permission.OrgRead);
  const on = asOf ?? todayVN(ctx.now());
  const { rows } = await ctx.pool.query<{ kind: string; sector: string | null; units: number; members: number }>(
    `SELECT u.kind, u.sector, count(*)::int AS units, coalesce(sum(m.n), 0)::int AS members
       FROM org_subtree_as_of($1, $2) s JOIN org_units u ON u.id = s.unit_id
       LEFT JOIN LATERAL (${activeMembers('u.id')}) m ON true
      WHERE s.depth > 0 GROUP BY u.kind, u.sector`,
    [id, on],
  );
  const own = await ctx.pool.query<{ n: number }>(`SELECT coalesce((${activeMembers('$1::bigint')}), 0)::int AS n`, [
    id,
  ]);
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
