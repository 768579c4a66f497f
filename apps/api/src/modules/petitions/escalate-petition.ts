import { AppError } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { addEvent, findPetition } from './petitions.queries';
import { getPetition } from './get-petition';

/**
 * Hand an unresolved petition to the next union up (commune → province → confederation). The petition
 * keeps its answer, trail and originals; the new level now handles it (and the old one still sees it).
 */
export async function escalatePetition(ctx: Ctx, id: number, input: { note?: string | null | undefined }) {
  const actor = requireActor(ctx);
  await ctx.tx('petition.escalate', async (tx) => {
    const p = await findPetition(tx, actor, id, 'write');
    if (p.consolidatedIntoId) throw new AppError('PETITION_PART_OF_CONSOLIDATED');
    if (p.status === 'resolved' || p.status === 'rejected') throw new AppError('PETITION_CLOSED');
    const { rows } = await tx.query<{ parentId: number | null }>(
      'SELECT parent_id AS "parentId" FROM org_units WHERE id = $1',
      [p.unitId],
    );
    const parentId = rows[0]?.parentId;
    if (!parentId) throw new AppError('PETITION_TOP_LEVEL');
    // the event is filed under the level it leaves, naming the level it goes to
    await addEvent(tx, actor, { petitionId: id, kind: 'escalated', toUnitId: parentId, note: input.note ?? null });
    await tx.query('UPDATE petitions SET unit_id = $2, escalation_level = escalation_level + 1 WHERE id = $1', [
      id,
      parentId,
    ]);
  });
  return getPetition(ctx, id);
}
