import { AppError, Permission, type handoutBody } from '@congdoan/domain';
import type { z } from 'zod';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { assertVnd, nominationFor } from './welfare.queries';

/** Record that an approved beneficiary received the benefit: how, by whom, where, when, at which event. */
export async function recordHandout(
  ctx: Ctx,
  id: number,
  input: z.output<typeof handoutBody>,
): Promise<{ id: number; status: string }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.WelfareWrite);
  return ctx.tx('welfare_nomination.handout', async (tx) => {
    const n = await nominationFor(tx, id, scopes);
    if (n.status !== 'approved') throw new AppError('WELFARE_STATUS_INVALID');
    const amount = input.amountVnd ?? n.amountVnd;
    assertVnd(amount);
    if (input.eventId) {
      const { rows } = await tx.query(
        `SELECT 1 FROM events e JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1 AND u.path <@ $2::ltree[]`,
        [input.eventId, scopeFor(actor, Permission.WelfareRead)],
      );
      if (!rows[0]) throw new AppError('WELFARE_EVENT_NOT_FOUND', { id: input.eventId });
    }
    await tx.query(
      `INSERT INTO welfare_handouts (nomination_id, method, amount_vnd, handed_by, place, handed_on, event_id, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        input.method,
        amount,
        input.handedBy,
        input.place || null,
        input.handedOn,
        input.eventId ?? null,
        actorUserId(actor),
      ],
    );
    await tx.query("UPDATE welfare_nominations SET status = 'handed_out', updated_at = now() WHERE id = $1", [id]);
    return { id, status: 'handed_out' };
  });
}
