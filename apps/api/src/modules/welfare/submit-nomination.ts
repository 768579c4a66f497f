import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { addReview, nominationFor, programmeFor } from './welfare.queries';

/** Send a draft (or a fixed, returned) nomination to the level above; the owner's own ones to the owner. */
export async function submitNomination(ctx: Ctx, id: number): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_nomination.submit', async (tx) => {
    const n = await nominationFor(tx, id, scopeFor(actor, Permission.WelfareWrite));
    if (n.status !== 'draft' && n.status !== 'returned') throw new AppError('WELFARE_STATUS_INVALID');
    const p = await programmeFor(tx, n.programmeId, scopeFor(actor, Permission.WelfareRead));
    const { rows } = await tx.query<{ parentId: number }>(
      'SELECT parent_id AS "parentId" FROM org_units WHERE id = $1',
      [n.unitId],
    );
    const level = n.unitId === p.unitId ? p.unitId : rows[0]!.parentId;
    await tx.query(
      "UPDATE welfare_nominations SET status = 'submitted', level_unit_id = $2, updated_at = now() WHERE id = $1",
      [id, level],
    );
    await addReview(tx, id, n.unitId, 'submitted', null, actorUserId(actor));
    return { id };
  });
}
