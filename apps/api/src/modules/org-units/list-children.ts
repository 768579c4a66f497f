import { AppError, Permission, type OrgUnit } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { getUnit } from './get-unit';
import { unitColumns } from './org-units.queries';

// Today's children, each with its child count and its active members (from the rollup), and the parent's
// scope check, in one round trip (each child's subtree figure is a request of its own: children-members.ts,
// so the list stays a few index reads). No row = parent outside scope (404); one row of NULLs = no children in scope.
export const childrenTodaySql = `SELECT ch.* FROM org_units parent
  LEFT JOIN LATERAL (SELECT ${unitColumns} FROM org_units u
                      WHERE u.parent_id = parent.id AND u.path <@ $2::ltree[]) ch ON true
  WHERE parent.id = $1 AND parent.path <@ $2::ltree[]
  ORDER BY ch."closedOn" IS NOT NULL, ch.kind, ch.name COLLATE "C"`;

/**
 * Direct children of a unit in the actor's scope: today's from parent_id (open units first), or those
 * of a past or future date from the parent history (`asOf`). Scope is judged on today's tree.
 */
export async function listChildren(ctx: Ctx, parentId: number, asOf?: string): Promise<OrgUnit[]> {
  const scopes = scopeFor(requireActor(ctx), Permission.OrgRead);
  if (!asOf) {
    const { rows } = await ctx.pool.query<OrgUnit | { id: null }>({
      name: 'org-children-today',
      text: childrenTodaySql,
      values: [parentId, scopes],
    });
    if (rows.length === 0) throw new AppError('UNIT_NOT_FOUND', { id: parentId });
    return rows.filter((r): r is OrgUnit => r.id !== null);
  }
  await getUnit(ctx, parentId); // 404 when the parent is outside scope
  const { rows } = await ctx.pool.query<OrgUnit>(
    `SELECT ${unitColumns}
       FROM org_unit_parents h JOIN org_units u ON u.id = h.unit_id
      WHERE h.parent_id = $1 AND h.valid_from <= $3 AND (h.valid_to IS NULL OR h.valid_to > $3)
        AND (u.founded_on IS NULL OR u.founded_on <= $3) AND (u.closed_on IS NULL OR u.closed_on >= $3)
        AND u.path <@ $2::ltree[]
      ORDER BY u.kind, u.name COLLATE "C"`,
    [parentId, scopes, asOf],
  );
  // The child count shown is the count on that date.
  const counts = await ctx.pool.query<{ id: number; n: number }>(
    `SELECT h.parent_id AS id, count(*)::int AS n FROM org_unit_parents h JOIN org_units u ON u.id = h.unit_id
      WHERE h.parent_id = ANY($1::bigint[]) AND h.valid_from <= $2 AND (h.valid_to IS NULL OR h.valid_to > $2)
        AND (u.founded_on IS NULL OR u.founded_on <= $2) AND (u.closed_on IS NULL OR u.closed_on >= $2)
      GROUP BY h.parent_id`,
    [rows.map((r) => r.id), asOf],
  );
  const byId = new Map(counts.rows.map((r) => [Number(r.id), r.n]));
  return rows.map((r) => ({ ...r, parentId, childCount: byId.get(r.id) ?? 0 }));
}
