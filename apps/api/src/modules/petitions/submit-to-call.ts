import { Permission, type PetitionInput } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { openTarget } from './calls.queries';
import { insertPetition } from './create-petition';
import { unitPathIn } from './petitions.queries';
import { getCall } from './list-calls';

/**
 * A unit answers a call: its petitions (handled by the calling union) or "none". Refused after the
 * deadline with the deadline in the message; the caller can reopen.
 */
export async function submitToCall(
  ctx: Ctx,
  callId: number,
  input: { unitId: number; none: boolean; petitions: PetitionInput[] },
) {
  const actor = requireActor(ctx);
  await unitPathIn(ctx, actor, input.unitId, Permission.PetitionWrite);
  await ctx.tx('petition_call.submit', async (tx) => {
    const { callUnitId, targetId } = await openTarget(tx, callId, input.unitId);
    for (const p of input.petitions)
      await insertPetition(tx, actor, { ...p, unitId: callUnitId, originUnitId: input.unitId, callId });
    await tx.query(
      `UPDATE petition_call_targets SET submitted_at = now(), submitted_by = $2,
              submitted_none = $3 AND NOT EXISTS (SELECT 1 FROM petitions p WHERE p.call_id = petition_call_targets.call_id
                AND p.origin_unit_id = petition_call_targets.unit_id)
        WHERE id = $1`,
      [targetId, actorUserId(actor), input.none && input.petitions.length === 0],
    );
  });
  return getCall(ctx, callId);
}
