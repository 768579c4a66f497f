import { AppError, Permission, type UnitDashboard } from '@congdoan/domain';
import { scopeFor } from '../../http/actor';
import { requireActor, type Ctx } from '../../http/context';

// Members of a subtree: a sum over the per-unit rollup rows (unit_member_stats, kept by triggers in the
// transaction of every change) of the units under the path — never a count over memberships.
// Sector is the grassroots union's own attribute, so it comes from the join. ($1 = the unit's path)
export const dashboardMembersSql = `
  SELECT s.status, s.gender, u.sector, sum(s.n)::bigint AS n
    FROM unit_member_stats s JOIN org_units u ON u.id = s.unit_id
   WHERE u.path <@ $1::ltree AND s.n <> 0
   GROUP BY 1, 2, 3`;

// Open units below the unit, by kind. ($1 = path, $2 = the unit's id)
export const dashboardUnitsSql = `
  SELECT kind, count(*)::int AS n FROM org_units
   WHERE path <@ $1::ltree AND id <> $2 AND closed_on IS NULL GROUP BY kind`;

/** Dashboard of a unit's subtree today: members by status, gender and sector; open units by kind. */
export async function unitDashboard(ctx: Ctx, id: number): Promise<UnitDashboard> {
  const scopes = scopeFor(requireActor(ctx), Permission.OrgRead);
  const unit = await ctx.pool.query<{ path: string }>(
    'SELECT path::text AS path FROM org_units WHERE id = $1 AND path <@ $2::ltree[]',
    [id, scopes],
  );
  if (!unit.rows[0]) throw new AppError('UNIT_NOT_FOUND', { id });
  const path = unit.rows[0].path;
  // The two reads are independent; on the pool they run side by side.
  const [members, units] = await Promise.all([
    ctx.pool.query<{ status: string; gender: string; sector: string | null; n: string }>(dashboardMembersSql, [path]),
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
    add(out.bySector, r.sector ?? 'none', n);
  }
  for (const r of units.rows) {
    out.unitsByKind[r.kind] = r.n;
    out.units += r.n;
  }
  return out;
}
