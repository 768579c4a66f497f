import { AppError, Permission, type Job } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { jobColumns } from './jobs.queries';

// A job is visible to whoever started it, and to readers of the unit it concerns.
const visible = `(j.created_by = $1 OR EXISTS (SELECT 1 FROM org_units u WHERE u.id = j.unit_id AND u.path <@ $2::ltree[]))`;

export async function getJob(ctx: Ctx, id: number): Promise<Job & { fileKey: string | null; fileName: string | null }> {
  const actor = requireActor(ctx);
  const { rows } = await ctx.pool.query<Job & { fileKey: string | null; fileName: string | null }>(
    `SELECT ${jobColumns}, j.result ->> 'fileKey' AS "fileKey", j.result ->> 'fileName' AS "fileName"
       FROM jobs j WHERE j.id = $3 AND ${visible}`,
    [actor.userId, scopeFor(actor, Permission.OrgRead), id],
  );
  if (!rows[0]) throw new AppError('JOB_NOT_FOUND', { id });
  return rows[0];
}

/** The actor's own recent jobs, newest first. */
export async function listMyJobs(ctx: Ctx): Promise<Job[]> {
  const actor = requireActor(ctx);
  const { rows } = await ctx.pool.query<Job>(
    `SELECT ${jobColumns} FROM jobs j WHERE j.created_by = $1 ORDER BY j.id DESC LIMIT 50`,
    [actor.userId],
  );
  return rows;
}
