import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

/**
 * Active members today in each child's whole subtree, from the member rollups (migration 0009), by the
 * dashboard's shapes (unit-dashboard.ts) so the tree and "Số liệu trong cây" agree: the children of a
 * root are depth-1 units, which read their own top rows; deeper children sum the unit rows of the
 * parent's subtree once, grouped by the child each unit lies under (one range of org_units_path_text,
 * the unit ids fetched in one bitmap scan). The cost is the parent's subtree (a province: ~4,000 units),
 * never a count over memberships; it is a request of its own so the children list stays a few index reads.
 */
export const childrenMembersSql = `
  WITH parent AS (SELECT id, path FROM org_units WHERE id = $1 AND path <@ $2::ltree[]),
  c AS (SELECT u.id, nlevel(u.path) AS level FROM parent JOIN org_units u ON u.parent_id = parent.id
         WHERE u.path <@ $2::ltree[]),
  top AS (SELECT t.top_id AS id, sum(t.n) AS n FROM top_member_stats t
           WHERE t.top_id IN (SELECT id FROM c WHERE level = 2) AND t.status = 'active' GROUP BY 1),
  d AS MATERIALIZED (
    SELECT o.id, ltree2text(subpath(o.path, nlevel(parent.path), 1))::bigint AS child
      FROM parent JOIN org_units o
        ON ltree2text(o.path) COLLATE "C" > ltree2text(parent.path) || '.'
       AND ltree2text(o.path) COLLATE "C" < ltree2text(parent.path) || '/'
     WHERE nlevel(parent.path) >= 2),
  sub AS (SELECT d.child AS id, sum(s.n) AS n FROM unit_member_stats s JOIN d ON d.id = s.unit_id
           WHERE s.unit_id = ANY(ARRAY(SELECT id FROM d)) AND s.status = 'active' GROUP BY 1)
  SELECT (SELECT count(*) FROM parent)::int AS found, c.id::int, coalesce(top.n, sub.n, 0)::int AS members
    FROM (SELECT 1) one LEFT JOIN c ON true LEFT JOIN top ON top.id = c.id LEFT JOIN sub ON sub.id = c.id`;

export async function childrenMembers(ctx: Ctx, parentId: number): Promise<{ id: number; members: number }[]> {
  const scopes = scopeFor(requireActor(ctx), Permission.OrgRead);
  const { rows } = await ctx.pool.query<{ found: number; id: number | null; members: number }>({
    name: 'org-children-members',
    text: childrenMembersSql,
    values: [parentId, scopes],
  });
  if (rows[0]!.found === 0) throw new AppError('UNIT_NOT_FOUND', { id: parentId });
  return rows.filter((r) => r.id !== null).map((r) => ({ id: r.id!, members: r.members }));
}
