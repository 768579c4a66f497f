import { AppError, Permission, type reviewBody } from '@congdoan/domain';
import type { z } from 'zod';
import { actorUserId, pathInScope, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { addReview, nominationFor, programmeFor } from './welfare.queries';

/**
 * Review at the level the nomination has reached: approve (up to the next level; the owner's approval is
 * final), return with a comment (the unit fixes and resubmits), or refuse with a comment.
 */
export async function reviewNomination(
  ctx: Ctx,
  id: number,
  input: z.output<typeof reviewBody>,
): Promise<{ id: number; status: string }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_nomination.review', async (tx) => {
    const n = await nominationFor(tx, id, scopeFor(actor, Permission.WelfareRead));
    if ((n.status !== 'submitted' && n.status !== 'approved_at_level') || !n.levelUnitId || !n.levelPath) {
      throw new AppError('WELFARE_STATUS_INVALID');
    }
    if (!pathInScope(n.levelPath, scopeFor(actor, Permission.WelfareWrite))) throw new AppError('WELFARE_NOT_REVIEWER');
    const comment = input.comment || null;
    if (input.decision !== 'approve' && !comment) throw new AppError('WELFARE_COMMENT_REQUIRED');
    const p = await programmeFor(tx, n.programmeId, scopeFor(actor, Permission.WelfareRead));
    let status: string;
    let level: number | null = null;
    if (input.decision === 'approve') {
      if (n.levelUnitId === p.unitId) status = 'approved';
      else {
        status = 'approved_at_level';
        const { rows } = await tx.query<{ parentId: number }>(
          'SELECT parent_id AS "parentId" FROM org_units WHERE id = $1',
          [n.levelUnitId],
        );
        level = rows[0]!.parentId;
      }
    } else status = input.decision === 'return' ? 'returned' : 'refused';
    await tx.query('UPDATE welfare_nominations SET status = $2, level_unit_id = $3, updated_at = now() WHERE id = $1', [
      id,
      status,
      level,
    ]);
    const decision = input.decision === 'approve' ? 'approved' : status === 'returned' ? 'returned' : 'refused';
    await addReview(tx, id, n.levelUnitId, decision, comment, actorUserId(actor));
    return { id, status };
  });
}
