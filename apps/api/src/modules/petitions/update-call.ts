import { AppError, Permission, updateCallBody } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { getCall } from './list-calls';

/** The calling unit fixes a call's title or description (a field left out stays, `null` clears the description). */
export async function updateCall(ctx: Ctx, id: number, raw: { title?: string; description?: string | null }) {
  const input = updateCallBody.parse(raw);
  const scopes = scopeFor(requireActor(ctx), Permission.PetitionWrite);
  await ctx.tx('petition_call.update', async (tx) => {
    const { rowCount } = await tx.query(
      `UPDATE petition_calls c SET title = coalesce($3, c.title),
              description = CASE WHEN $4 THEN $5 ELSE c.description END
         FROM org_units u WHERE c.id = $1 AND u.id = c.unit_id AND u.path <@ $2::ltree[]`,
      [id, scopes, input.title ?? null, input.description !== undefined, input.description ?? null],
    );
    if (!rowCount) throw new AppError('PETITION_CALL_NOT_FOUND', { id });
  });
  return getCall(ctx, id);
}
