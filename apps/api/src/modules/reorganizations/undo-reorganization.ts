import { AppError, Permission, type ReorgChange, type ReorganizationResult, todayVN } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { ReorgEngine } from './reorg-engine';
import { insertReorganization, membersMoved } from './reorganize';
import { runOrPreview } from './run-or-preview';

/**
 * Undo is a new dated operation that applies the inverse of the recorded changes — units reopened,
 * moves reversed, created units closed, names restored — never a rewrite of the original.
 */
export async function undoReorganization(
  ctx: Ctx,
  id: number,
  input: { effectiveOn: string; dryRun: boolean },
): Promise<ReorganizationResult> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.OrgWrite);
  const today = todayVN(ctx.now());
  return runOrPreview(ctx, 'reorganization.undo', input.dryRun, async (tx) => {
    const { rows } = await tx.query<{ unit_id: number; changes: { items?: ReorgChange[] }; undone_by: number | null }>(
      `SELECT r.unit_id, r.changes, r.undone_by FROM reorganizations r JOIN org_units u ON u.id = r.unit_id
        WHERE r.id = $1 AND u.path <@ $2::ltree[] FOR UPDATE OF r`,
      [id, scopes],
    );
    const original = rows[0];
    if (!original) throw new AppError('REORG_NOT_FOUND', { id });
    if (original.undone_by) throw new AppError('REORG_ALREADY_UNDONE');
    const changes = original.changes.items ?? [];
    const probe = new ReorgEngine(tx, input.effectiveOn, today, null, scopes);
    const undoId = await insertReorganization(tx, {
      operation: 'undo',
      effectiveOn: input.effectiveOn,
      due: probe.due,
      unitId: original.unit_id,
      payload: { undoOf: id },
      undoOf: id,
      createdBy: actorUserId(actor),
    });
    const engine = new ReorgEngine(tx, input.effectiveOn, today, undoId, scopes);
    for (const c of changes.filter((c) => c.type === 'close')) await engine.reopen(await engine.unit(c.unitId));
    for (const c of [...changes].reverse()) {
      if (c.type === 'move' && c.fromParentId)
        await engine.move(await engine.unit(c.unitId), await engine.unit(c.fromParentId));
      if (c.type === 'rename' && c.before) await engine.rename(await engine.unit(c.unitId), c.before);
    }
    for (const c of changes.filter((c) => c.type === 'create')) await engine.close(await engine.unit(c.unitId), null);
    await tx.query('UPDATE reorganizations SET changes = $2 WHERE id = $1', [
      undoId,
      JSON.stringify({ items: engine.changes }),
    ]);
    await tx.query('UPDATE reorganizations SET undone_by = $2 WHERE id = $1', [id, undoId]);
    return {
      id: input.dryRun ? null : undoId,
      dryRun: input.dryRun,
      status: input.dryRun ? 'preview' : engine.due ? 'applied' : 'scheduled',
      effectiveOn: input.effectiveOn,
      changes: engine.changes,
      membersMoved: membersMoved(engine.changes),
    };
  });
}
