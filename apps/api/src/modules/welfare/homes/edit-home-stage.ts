import { AppError, Permission, type HomeStageBody } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { homeFor } from './homes.queries';
import { checkStage, stageIndex, writeStage } from './stage-rules';

/** Corrects the data of a stage the house has already reached, under the same checks as the move. */
export async function editHomeStage(ctx: Ctx, id: number, body: HomeStageBody): Promise<{ id: number; stage: string }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_home.edit_stage', async (tx) => {
    const home = await homeFor(tx, id, scopeFor(actor, Permission.WelfareWrite), true);
    if (stageIndex(body.stage) > stageIndex(home.stage)) throw new AppError('WELFARE_HOME_STAGE_NOT_REACHED');
    await checkStage(tx, actor, home, body);
    await writeStage(tx, id, body, null);
    return { id, stage: home.stage };
  });
}
