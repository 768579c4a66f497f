import { AppError, todayVN } from '@congdoan/domain';
import { actorUserId } from '../../../context/actor';
import { requireActor } from '../../../context/context';
import type { JobHandler } from '../../jobs';
import { insertReorganization, membersMoved } from '../reorganize';
import { findBulk, parseStored } from './bulk.queries';
import { runBulk } from './run-bulk';

/**
 * The apply job: re-reads the stored file and runs all rows in ONE audited transaction, as the person
 * who asked. Any conflict (the tree may have changed since the preview) rolls everything back.
 */
/** Declared with its kind in module.ts. */
export const applyBulkJob: JobHandler = async (job, io) => {
  const bulkId = Number(job.input.bulkId);
  const ctx = io.ctx;
  const actor = requireActor(ctx);
  const bulk = await findBulk(ctx, bulkId, 'org.write');
  const parsed = await parseStored(io.files, bulk.fileKey);
  const effectiveOn = bulk.effectiveOn!;
  const today = todayVN(ctx.now());
  try {
    return await ctx.tx('reorganization.bulk', async (tx) => {
      const id = await insertReorganization(tx, {
        operation: 'bulk',
        effectiveOn,
        due: effectiveOn <= today,
        unitId: bulk.unitId,
        payload: { bulkId, fileName: bulk.fileName, rows: parsed.rows.length },
        createdBy: actorUserId(actor),
      });
      const outcome = await runBulk(tx, parsed.rows, {
        effectiveOn,
        today,
        reorganizationId: id,
        scopes: [bulk.unitPath],
        progress: io.progress,
      });
      const conflicts = [...parsed.conflicts, ...outcome.conflicts].sort((a, b) => a.row - b.row);
      if (conflicts.length)
        throw new AppError('BULK_HAS_CONFLICTS', {
          count: conflicts.length,
          row: conflicts[0]!.row,
          conflicts: conflicts.slice(0, 50),
        });
      const changes = outcome.changes.map(({ row: _r, ...c }) => c);
      await tx.query('UPDATE reorganizations SET changes = $2 WHERE id = $1', [id, JSON.stringify({ items: changes })]);
      await tx.query(`UPDATE bulk_restructurings SET status = 'applied', reorganization_id = $2 WHERE id = $1`, [
        bulkId,
        id,
      ]);
      await io.progress(parsed.rows.length, parsed.rows.length);
      return { reorganizationId: id, changes: changes.length, membersMoved: membersMoved(changes) };
    });
  } catch (error) {
    await ctx.tx('reorganization.bulk_failed', (tx) =>
      tx.query(`UPDATE bulk_restructurings SET status = 'failed' WHERE id = $1`, [bulkId]),
    );
    throw error;
  }
};
// Counts and a reorganisation id: nothing personal.
