import { AppError } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { findPetition, setStatus } from './petitions.queries';

/**
 * Undo a consolidation while it has not gone to a dialogue or been answered: the originals return
 * to "collected" with the undo in their trail; the consolidated petition is removed (the audit log keeps it).
 */
export async function unconsolidate(ctx: Ctx, id: number): Promise<{ petitionIds: number[] }> {
  const actor = requireActor(ctx);
  return ctx.tx('petition.unconsolidate', async (tx) => {
    const p = await findPetition(tx, actor, id, 'write');
    if (!p.isConsolidated) throw new AppError('NOT_CONSOLIDATED');
    if (p.status !== 'consolidated' || p.dialogueId) throw new AppError('CONSOLIDATION_LOCKED');
    const { rows } = await tx.query<{ id: number }>(
      'UPDATE petitions SET consolidated_into_id = NULL WHERE consolidated_into_id = $1 RETURNING id',
      [id],
    );
    const ids = rows.map((r) => r.id);
    await setStatus(tx, actor, ids, 'collected', 'unconsolidated', `#${id}`);
    await tx.query('DELETE FROM petition_events WHERE petition_id = $1', [id]);
    await tx.query('DELETE FROM petition_access WHERE petition_id = $1', [id]);
    await tx.query('DELETE FROM petitions WHERE id = $1', [id]);
    return { petitionIds: ids };
  });
}
