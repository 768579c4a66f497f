import { AppError, type Job } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { jobColumns } from './jobs.queries';
import { mayReadJob, type JobOwnership } from './job-access';

export type JobWithFile = Job & { fileKey: string | null; fileName: string | null };

/** One job the actor may read (see job-access.ts), or JOB_NOT_FOUND: a refused job's existence does not leak. */
export async function getJob(ctx: Ctx, id: number): Promise<JobWithFile> {
  const actor = requireActor(ctx);
  const { rows } = await ctx.pool.query<JobWithFile & JobOwnership>(
    `SELECT ${jobColumns}, j.result ->> 'fileKey' AS "fileKey", j.result ->> 'fileName' AS "fileName",
            j.created_by::int AS "createdBy", u.path::text AS "unitPath"
       FROM jobs j LEFT JOIN org_units u ON u.id = j.unit_id WHERE j.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row || !mayReadJob(actor, row)) throw new AppError('JOB_NOT_FOUND', { id });
  const { createdBy: _c, unitPath: _p, ...job } = row;
  return job;
}
