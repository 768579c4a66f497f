import { AppError, Permission, type MilestoneBody } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { homeFor, type HomeRow } from './homes.queries';

/** Milestones belong to the building work: after ground-breaking, dated between it and the handover. */
function checkWindow(home: HomeRow, doneOn: string): void {
  const open = ['ground_breaking', 'completion', 'handover', 'final_cost'].includes(home.stage);
  if (!open || !home.startedOn) throw new AppError('WELFARE_HOME_MILESTONE_CLOSED');
  if (doneOn < home.startedOn) throw new AppError('WELFARE_HOME_DATE_ORDER', { field: 'Ngày', after: home.startedOn });
}

/** Records a construction milestone (its photos are uploaded with its id). */
export async function addMilestone(ctx: Ctx, homeId: number, input: MilestoneBody): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_home.add_milestone', async (tx) => {
    const home = await homeFor(tx, homeId, scopeFor(actor, Permission.WelfareWrite), true);
    if (['handover', 'final_cost'].includes(home.stage)) throw new AppError('WELFARE_HOME_MILESTONE_CLOSED');
    checkWindow(home, input.doneOn);
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO welfare_home_milestones (home_id, title, done_on, progress_percent, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [homeId, input.title, input.doneOn, input.progressPercent, input.note || null, actorUserId(actor)],
    );
    return { id: rows[0]!.id };
  });
}

/** Corrects a milestone (any time after it was recorded). */
export async function editMilestone(
  ctx: Ctx,
  homeId: number,
  milestoneId: number,
  input: MilestoneBody,
): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_home.edit_milestone', async (tx) => {
    const home = await homeFor(tx, homeId, scopeFor(actor, Permission.WelfareWrite), true);
    checkWindow(home, input.doneOn);
    const { rowCount } = await tx.query(
      `UPDATE welfare_home_milestones SET title = $3, done_on = $4, progress_percent = $5, note = $6
        WHERE id = $2 AND home_id = $1`,
      [homeId, milestoneId, input.title, input.doneOn, input.progressPercent, input.note || null],
    );
    if (!rowCount) throw new AppError('WELFARE_HOME_MILESTONE_NOT_FOUND', { id: milestoneId });
    return { id: milestoneId };
  });
}
