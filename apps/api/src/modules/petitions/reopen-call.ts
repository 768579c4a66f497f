import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { getCall } from './list-calls';

/** The caller reopens a call by setting a new deadline; late units may then submit. */
export async function reopenCall(ctx: Ctx, id: number, input: { deadline: string }) {
  const scopes = scopeFor(requireActor(ctx), Permission.PetitionWrite);
  await ctx.tx('petition_call.reopen', async (tx) => {
    const { rowCount } = await tx.query(
      `UPDATE petition_calls c SET deadline = $3 FROM org_units u
        WHERE c.id = $1 AND u.id = c.unit_id AND u.path <@ $2::ltree[]`,
      [id, scopes, input.deadline],
    );
    if (!rowCount) throw new AppError('PETITION_CALL_NOT_FOUND', { id });
  });
  return getCall(ctx, id);
}
