import { Permission, type OrgUnit } from '@congdoan/domain';
import { scopeFor } from '../../http/actor';
import { requireActor, type Ctx } from '../../http/context';
import { getUnit } from './get-unit';
import { unitColumns } from './org-units.queries';

/** Direct children of a unit in the actor's scope, ordered by kind then name. */
export async function listChildren(ctx: Ctx, parentId: number): Promise<OrgUnit[]> {
  await getUnit(ctx, parentId); // 404 when the parent is outside scope
  const scopes = scopeFor(requireActor(ctx), Permission.OrgRead);
  const { rows } = await ctx.pool.query<OrgUnit>(
    `SELECT ${unitColumns} FROM org_units u
      WHERE u.parent_id = $1 AND u.path <@ $2::ltree[]
      ORDER BY u.kind, u.name COLLATE "C"`,
    [parentId, scopes],
  );
  return rows;
}
