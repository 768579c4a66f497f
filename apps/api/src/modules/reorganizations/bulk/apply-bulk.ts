import { AppError, Permission, type BulkPreview } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../../context/context';
import { enqueueJob } from '../../jobs';
import { findBulk, toPreview } from './bulk.queries';

/** Queue the apply job for a previewed file with no conflicts (the job checks again, in its transaction). */
export async function applyBulk(ctx: Ctx, id: number): Promise<BulkPreview> {
  const actor = requireActor(ctx);
  const bulk = await findBulk(ctx, id, Permission.OrgWrite);
  if (bulk.status !== 'previewed' && bulk.status !== 'failed') throw new AppError('BULK_ALREADY_STARTED');
  const first = bulk.preview.conflicts[0];
  if (first) throw new AppError('BULK_HAS_CONFLICTS', { count: bulk.preview.conflicts.length, row: first.row });
  await ctx.tx('reorganization.bulk_apply', async (tx) => {
    const jobId = await enqueueJob(tx, actor, {
      kind: 'reorganization.bulk',
      input: { bulkId: id },
      unitId: bulk.unitId,
      total: bulk.preview.rows,
    });
    const { rowCount } = await tx.query(
      `UPDATE bulk_restructurings SET status = 'queued', job_id = $2 WHERE id = $1 AND status IN ('previewed', 'failed')`,
      [id, jobId],
    );
    if (!rowCount) throw new AppError('BULK_ALREADY_STARTED');
  });
  return toPreview(await findBulk(ctx, id));
}
