import { AppError, Permission, type HomeStageBody } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { homeFor, stageNamesVi } from './homes.queries';
import { checkPrerequisites, checkStage, nextStage, writeStage } from './stage-rules';

/** Moves a house to its next stage with that stage's data; stages are never skipped. */
export async function moveHomeStage(ctx: Ctx, id: number, body: HomeStageBody): Promise<{ id: number; stage: string }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_home.move_stage', async (tx) => {
    const home = await homeFor(tx, id, scopeFor(actor, Permission.WelfareWrite), true);
    const next = nextStage(home.stage);
    if (body.stage !== next) {
      throw new AppError('WELFARE_HOME_STAGE_SKIP', { next: next ? stageNamesVi[next] : '—' });
    }
    await checkPrerequisites(tx, id, body.stage);
    await checkStage(tx, actor, home, body);
    await writeStage(tx, id, body, body.stage);
    return { id, stage: body.stage };
  });
}
