import { Permission, todayVN, type TaskRow } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { taskSelect } from './briefings.queries';

/**
 * "Việc của tôi": tasks naming the official, or owned by a unit they hold a grant on; with `unitId`, the
 * tasks of that unit's subtree. Open ones first, the most urgent at the top.
 */
export async function listTasks(ctx: Ctx, unitId?: number): Promise<{ items: TaskRow[] }> {
  const actor = requireActor(ctx);
  const params = [todayVN(ctx.now()), actor.userId, scopeFor(actor, Permission.ReportWrite)];
  const order = `ORDER BY (t.status = 'done'), t.deadline, t.id LIMIT 500`;
  if (unitId) {
    const { rows } = await ctx.pool.query<TaskRow>(
      `${taskSelect}, org_units top WHERE top.id = $4 AND top.path <@ $5::ltree[] AND u.path <@ top.path ${order}`,
      [...params, unitId, scopeFor(actor, Permission.ReportRead)],
    );
    return { items: rows };
  }
  const { rows } = await ctx.pool.query<TaskRow>(
    `${taskSelect} WHERE t.owner_user_id = $2 OR t.unit_id = ANY($4::bigint[]) ${order}`,
    [...params, [...new Set(actor.grants.map((g) => g.unitId))]],
  );
  return { items: rows };
}
