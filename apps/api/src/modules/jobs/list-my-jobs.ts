import type { Job } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { jobColumns } from './jobs.queries';

/** The actor's own recent jobs, newest first. */
export async function listMyJobs(ctx: Ctx): Promise<Job[]> {
  const actor = requireActor(ctx);
  const { rows } = await ctx.pool.query<Job>(
    `SELECT ${jobColumns} FROM jobs j WHERE j.created_by = $1 ORDER BY j.id DESC LIMIT 50`,
    [actor.userId],
  );
  return rows;
}
