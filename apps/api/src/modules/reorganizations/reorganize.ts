import {
  Permission,
  type ReorgChange,
  type ReorganizationBody,
  type ReorganizationResult,
  todayVN,
} from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import { ReorgEngine } from './reorg-engine';
import { runOrPreview } from './run-or-preview';

/** The unit a reorganisation is filed under (its audit rows and visibility follow it). */
function primaryUnit(input: ReorganizationBody): number {
  return input.operation === 'merge' ? input.survivorId : input.unitId;
}

async function perform(engine: ReorgEngine, input: ReorganizationBody): Promise<void> {
  switch (input.operation) {
    case 'move':
      return engine.move(await engine.unit(input.unitId), await engine.unit(input.newParentId));
    case 'close':
      return engine.close(await engine.unit(input.unitId), await engine.unit(input.targetId));
    case 'merge': {
      const survivor = await engine.unit(input.survivorId);
      for (const id of input.unitIds) if (id !== survivor.id) await engine.close(await engine.unit(id), survivor);
      return;
    }
    case 'split': {
      const source = await engine.unit(input.unitId);
      const parentId = await engine.parentAsOf(source.id);
      const parent = await engine.unit(parentId ?? source.parentId!);
      const created = [];
      for (const spec of input.newUnits) {
        const unit = await engine.create(spec, parent);
        created.push(unit);
        for (const childId of spec.childIds) await engine.move(await engine.unit(childId), unit);
      }
      if (input.closeSource) await engine.close(await engine.unit(source.id), created[0]!);
      return;
    }
    case 'rename':
      return engine.rename(await engine.unit(input.unitId), input);
  }
}

/** Record a reorganisation row first so history rows can point at it; filled in after the steps ran. */
export async function insertReorganization(
  tx: Tx,
  row: {
    operation: string;
    effectiveOn: string;
    due: boolean;
    unitId: number;
    payload: unknown;
    note?: string | undefined;
    undoOf?: number | null;
    createdBy: number | null;
  },
): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO reorganizations (operation, effective_on, status, unit_id, payload, note, undo_of, created_by, applied_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $3 = 'applied' THEN now() END) RETURNING id`,
    [
      row.operation,
      row.effectiveOn,
      row.due ? 'applied' : 'scheduled',
      row.unitId,
      JSON.stringify(row.payload),
      row.note ?? null,
      row.undoOf ?? null,
      row.createdBy,
    ],
  );
  return rows[0]!.id;
}

/** POST /api/reorganizations: one dated operation, one transaction, audited; dryRun rolls it back. */
export async function reorganize(ctx: Ctx, input: ReorganizationBody): Promise<ReorganizationResult> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.OrgWrite);
  const today = todayVN(ctx.now());
  return runOrPreview(ctx, `reorganization.${input.operation}`, input.dryRun, async (tx) => {
    const { dryRun: _d, ...payload } = input;
    const probe = new ReorgEngine(tx, input.effectiveOn, today, null, scopes);
    await probe.unit(primaryUnit(input)); // 404 before anything is written
    const id = await insertReorganization(tx, {
      operation: input.operation,
      effectiveOn: input.effectiveOn,
      due: probe.due,
      unitId: primaryUnit(input),
      payload,
      note: input.note,
      createdBy: actorUserId(actor),
    });
    const engine = new ReorgEngine(tx, input.effectiveOn, today, id, scopes);
    await perform(engine, input);
    await tx.query('UPDATE reorganizations SET changes = $2 WHERE id = $1', [
      id,
      JSON.stringify({ items: engine.changes }),
    ]);
    return {
      id: input.dryRun ? null : id,
      dryRun: input.dryRun,
      status: input.dryRun ? 'preview' : engine.due ? 'applied' : 'scheduled',
      effectiveOn: input.effectiveOn,
      changes: engine.changes,
      membersMoved: membersMoved(engine.changes),
    };
  });
}

export function membersMoved(changes: ReorgChange[]): number {
  return changes.reduce((n, c) => n + (c.type === 'move' || c.type === 'close' ? c.members : 0), 0);
}
