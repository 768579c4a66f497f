import { AppError, Permission, type OrgUnitDetail } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { detailColumns } from './org-units.queries';

/** One unit, if it lies in the actor's read scope; otherwise 404, so existence does not leak. */
export async function getUnit(
  ctx: Ctx,
  id: number,
  permission: Permission = Permission.OrgRead,
): Promise<OrgUnitDetail> {
  const scopes = scopeFor(requireActor(ctx), permission);
  const { rows } = await ctx.pool.query<OrgUnitDetail>(
    `SELECT ${detailColumns} FROM org_units u WHERE u.id = $1 AND u.path <@ $2::ltree[]`,
    [id, scopes],
  );
  if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id });
  return rows[0];
}
