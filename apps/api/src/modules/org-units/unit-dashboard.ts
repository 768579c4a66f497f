import { AppError, Permission, type UnitDashboard } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

// Members of a subtree by (status, gender, sector), from the rollups kept by triggers in the transaction
// of every change (migration 0009) — never a count over memberships. Three shapes, by depth:
// - a root: the top rows of its depth-1 children (34 provinces × a few dozen rows) + its own members;
// - a depth-1 unit (province, national sector union): its own top rows;
// - deeper: the unit rows of the units in its subtree (at most a province's few thousand units).
export const dashboardMembersSql = {
  // $1 = the root's id
  root: `
    SELECT t.status, t.gender, t.sector, sum(t.n)::bigint AS n
      FROM top_member_stats t JOIN org_units c ON c.id = t.top_id
     WHERE c.parent_id = $1 AND t.n <> 0 GROUP BY 1, 2, 3
    UNION ALL
    SELECT s.status, s.gender, coalesce(u.sector, 'none'), s.n
      FROM unit_member_stats s JOIN org_units u ON u.id = s.unit_id
     WHERE s.unit_id = $1 AND s.n <> 0`,
  // $1 = the depth-1 unit's id
  top: `SELECT status, gender, sector, n FROM top_member_stats WHERE top_id = $1 AND n <> 0`,
  // $1 = the unit's path
  subtree: `
    SELECT s.status, s.gender, coalesce(u.sector, 'none') AS sector, sum(s.n)::bigint AS n
      FROM unit_member_stats s JOIN org_units u ON u.id = s.unit_id
     WHERE s.unit_id = ANY(ARRAY(SELECT id FROM org_units WHERE path <@ $1::ltree)) AND s.n <> 0
     GROUP BY 1, 2, 3`,
};

/** The rollup query for a unit at `depth` and its parameters. */
export function dashboardMembersQuery(unit: { id: number; path: string; depth: number }): [string, unknown[]] {
  if (unit.depth === 0) return [dashboardMembersSql.root, [unit.id]];
  if (unit.depth === 1) return [dashboardMembersSql.top, [unit.id]];
  return [dashboardMembersSql.subtree, [unit.path]];
}

// Open units below the unit, by kind. ($1 = path, $2 = the unit's id)
export const dashboardUnitsSql = `
  SELECT kind, count(*)::int AS n FROM org_units
   WHERE path <@ $1::ltree AND id <> $2 AND closed_on IS NULL GROUP BY kind`;

/** Dashboard of a unit's subtree today: members by status, gender and sector; open units by kind. */
export async function unitDashboard(ctx: Ctx, id: number): Promise<UnitDashboard> {
  const scopes = scopeFor(requireActor(ctx), Permission.OrgRead);
  const unit = await ctx.pool.query<{ path: string; depth: number }>(
    'SELECT path::text AS path, nlevel(path) - 1 AS depth FROM org_units WHERE id = $1 AND path <@ $2::ltree[]',
    [id, scopes],
  );
  if (!unit.rows[0]) throw new AppError('UNIT_NOT_FOUND', { id });
  const { path, depth } = unit.rows[0];
  // The two reads are independent; on the pool they run side by side.
  const [members, units] = await Promise.all([
    ctx.pool.query<{ status: string; gender: string; sector: string; n: string }>(
      ...dashboardMembersQuery({ id, path, depth }),
    ),
    ctx.pool.query<{ kind: string; n: number }>(dashboardUnitsSql, [path, id]),
  ]);
  const out: UnitDashboard = {
    unitId: id,
    members: 0,
    byStatus: {},
    byGender: {},
    bySector: {},
    units: 0,
    unitsByKind: {},
  };
  const add = (into: Record<string, number>, key: string, n: number) => (into[key] = (into[key] ?? 0) + n);
  for (const r of members.rows) {
    const n = Number(r.n);
    add(out.byStatus, r.status, n);
    if (r.status !== 'active') continue;
    out.members += n;
    add(out.byGender, r.gender, n);
    add(out.bySector, r.sector, n);
  }
  for (const r of units.rows) {
    out.unitsByKind[r.kind] = r.n;
    out.units += r.n;
  }
  return out;
}
