import { Permission, type SubtreeCounts, todayVN } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { getUnit } from './get-unit';
import { dashboardMembersQuery } from './unit-dashboard';

// Members held now (active) by one unit, from the rollup rows kept by triggers (unit_member_stats).
const activeMembers = (unit: string) =>
  `SELECT sum(r.n) AS n FROM unit_member_stats r WHERE r.unit_id = ${unit} AND r.status = 'active'`;

/**
 * Units (by kind and sector) and members in a unit's subtree as it stood on `asOf` (default today):
 * a past period rolls up under the parents units had then (org_subtree_as_of over the history).
 * Members are those holding a membership now in the units of that subtree (from the rollups, never a
 * count over memberships).
 */
export async function subtreeCounts(ctx: Ctx, id: number, asOf?: string): Promise<SubtreeCounts> {
  requireActor(ctx);
  const unit = await getUnit(ctx, id, Permission.OrgRead);
  const on = asOf ?? todayVN(ctx.now());
  // Today the subtree is today's tree, whose members the dashboard's rollup query sums directly (a
  // province reads its own top rows); another date sums the unit rows of the units in that date's tree.
  const today = on === todayVN(ctx.now());
  const [{ rows }, own] = await Promise.all([
    ctx.pool.query<{ kind: string; sector: string | null; units: number; members: number }>(
      `SELECT u.kind, u.sector, count(*)::int AS units, ${today ? '0' : 'coalesce(sum(m.n), 0)::int'} AS members
         FROM org_subtree_as_of($1, $2) s JOIN org_units u ON u.id = s.unit_id
         ${today ? '' : `LEFT JOIN LATERAL (${activeMembers('u.id')}) m ON true`}
        WHERE s.depth > 0 GROUP BY u.kind, u.sector`,
      [id, on],
    ),
    today
      ? ctx.pool
          .query<{ status: string; n: string }>(...dashboardMembersQuery({ id, path: unit.path, depth: unit.depth }))
          .then((r) => r.rows.filter((x) => x.status === 'active').reduce((a, x) => a + Number(x.n), 0))
      : ctx.pool
          .query<{ n: number }>(`SELECT coalesce((${activeMembers('$1::bigint')}), 0)::int AS n`, [id])
          .then((r) => r.rows[0]!.n),
  ]);
  const byKind: Record<string, number> = {};
  const bySector: Record<string, number> = {};
  let units = 0;
  let members = own;
  for (const r of rows) {
    byKind[r.kind] = (byKind[r.kind] ?? 0) + r.units;
    if (r.sector) bySector[r.sector] = (bySector[r.sector] ?? 0) + r.units;
    units += r.units;
    members += r.members;
  }
  return { asOf: on, units, byKind, bySector, members };
}
