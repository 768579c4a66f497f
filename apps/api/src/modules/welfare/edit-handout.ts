import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { checkHandout, type HandoutInput } from './handout-input';
import { nominationFor } from './welfare.queries';

/**
 * Correct a recorded hand-out (method, amount, who, where, when, event, source, voucher code). The same
 * checks as recording, counting the budget without this hand-out's old amount. Photo and signature image
 * are replaced through their own upload route; this keeps them.
 */
export async function editHandout(ctx: Ctx, id: number, input: HandoutInput): Promise<{ id: number; status: string }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.WelfareWrite);
  return ctx.tx('welfare_handout.update', async (tx) => {
    const n = await nominationFor(tx, id, scopes);
    const { rows } = await tx.query<{ id: number; amountVnd: number }>(
      'SELECT id, amount_vnd AS "amountVnd" FROM welfare_handouts WHERE nomination_id = $1 FOR UPDATE',
      [id],
    );
    if (!rows[0]) throw new AppError('WELFARE_HANDOUT_NOT_FOUND', { id });
    const handoutId = rows[0].id;
    const { amount, fundingId } = await checkHandout(
      tx,
      actor,
      ctx.now(),
      // no amount given: the hand-out keeps its own
      { ...n, amountVnd: rows[0].amountVnd },
      input,
      handoutId,
    );
    await tx.query(
      `UPDATE welfare_handouts SET method = $2, amount_vnd = $3, handed_by = $4, place = $5, handed_on = $6,
         event_id = $7, funding_id = $8, voucher_code = $9, note = $10, updated_by = $11, updated_at = now()
       WHERE id = $1`,
      [
        handoutId,
        input.method,
        amount,
        input.handedBy,
        input.place || null,
        input.handedOn,
        input.eventId ?? null,
        fundingId,
        input.voucherCode?.trim() || null,
        input.note || null,
        actorUserId(actor),
      ],
    );
    return { id, status: 'handed_out' };
  });
}
