import { Permission, type OrgUnit } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { subtreeMembersColumn, unitColumns } from './org-units.queries';

/** The tops of the actor's visible tree: granted units that are not inside another granted unit. */
export async function listRoots(ctx: Ctx): Promise<OrgUnit[]> {
  const scopes = scopeFor(requireActor(ctx), Permission.OrgRead);
  const { rows } = await ctx.pool.query<OrgUnit>(
    `SELECT ${unitColumns}, ${subtreeMembersColumn} FROM org_units u
      WHERE u.path = ANY($1::ltree[])
        AND NOT EXISTS (SELECT 1 FROM unnest($1::ltree[]) s WHERE u.path <@ s AND u.path <> s)
      ORDER BY u.path`,
    [scopes],
  );
  return rows;
}
