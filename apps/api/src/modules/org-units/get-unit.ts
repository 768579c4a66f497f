import { AppError, Permission, type OrgUnit } from '@congdoan/domain';
import { scopeFor } from '../../http/actor';
import { requireActor, type Ctx } from '../../http/context';
import { unitColumns } from './org-units.queries';

/** One unit, if it lies in the actor's read scope; otherwise 404, so existence does not leak. */
export async function getUnit(ctx: Ctx, id: number): Promise<OrgUnit> {
  const scopes = scopeFor(requireActor(ctx), Permission.OrgRead);
  const { rows } = await ctx.pool.query<OrgUnit>(
    `SELECT ${unitColumns} FROM org_units u WHERE u.id = $1 AND u.path <@ $2::ltree[]`,
    [id, scopes],
  );
  if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id });
  return rows[0];
}
