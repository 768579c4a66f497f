import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { enqueueJob, type JobHandler } from '../../jobs';
import { refreshPeriod, refreshSnapshots, vnToday } from './refresh-snapshots';

export const REFRESH_JOB = 'dashboard.refresh';

/**
 * "Tính lại ngay": an officer queues a refresh of the current quarter and year for their unit's subtree;
 * the page follows the job's progress, no request waits for the figures.
 */
export async function queueRefresh(ctx: Ctx, unitId: number): Promise<{ jobId: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('dashboard.refresh', async (tx) => {
    const { rows } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      unitId,
      scopeFor(actor, Permission.ReportWrite),
    ]);
    if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
    return { jobId: await enqueueJob(tx, actor, { kind: REFRESH_JOB, input: { unitId }, unitId }) };
  });
}

/** The job: one transaction per period, progress after each. */
export const refreshJob: JobHandler = async (job, io) => {
  const unitId = Number(job.input.unitId);
  const done = await refreshSnapshots(
    (period) => io.ctx.tx('dashboard.refresh', (tx) => refreshPeriod(tx, period, unitId)),
    { today: vnToday(io.ctx.now()), quarters: 1, progress: (n, total) => io.progress(n, total) },
  );
  return { unitId, ...done };
};
