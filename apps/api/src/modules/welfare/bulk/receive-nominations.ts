import { AppError, Permission, todayVN } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { programmeFor, unitInScope } from '../welfare.queries';

/**
 * Who may upload a nomination list, checked before any byte of the file is read: the programme is visible,
 * the nominating unit is the official's and holds a quota in it, and nominations are open today.
 */
export async function nominationListTarget(
  ctx: Ctx,
  programmeId: number,
  unitId: number,
): Promise<{ id: number; programmeId: number }> {
  const actor = requireActor(ctx);
  const p = await programmeFor(ctx.pool, programmeId, scopeFor(actor, Permission.WelfareRead));
  await unitInScope(ctx.pool, unitId, scopeFor(actor, Permission.WelfareWrite));
  const { rows } = await ctx.pool.query('SELECT 1 FROM welfare_quotas WHERE programme_id = $1 AND unit_id = $2', [
    programmeId,
    unitId,
  ]);
  if (!rows[0]) throw new AppError('WELFARE_NO_QUOTA', { unitId });
  const today = todayVN(ctx.now());
  if (today < p.nominationFrom || today > p.nominationTo) {
    throw new AppError('WELFARE_OUTSIDE_PERIOD', { from: p.nominationFrom, to: p.nominationTo });
  }
  return { id: unitId, programmeId };
}
