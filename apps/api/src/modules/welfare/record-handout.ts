import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { checkHandout, type HandoutInput } from './handout-input';
import { nominationFor } from './welfare.queries';

/**
 * Record that an approved beneficiary received the benefit: how (cash, transfer, in kind, e-voucher code), by
 * whom, where, when, at which event, from which funding source. Refused beyond the unit's remaining budget or
 * the source's remaining amount (spending.queries.ts).
 */
export async function recordHandout(
  ctx: Ctx,
  id: number,
  input: HandoutInput,
): Promise<{ id: number; status: string }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.WelfareWrite);
  return ctx.tx('welfare_nomination.handout', async (tx) => {
    const n = await nominationFor(tx, id, scopes);
    if (n.status !== 'approved') throw new AppError('WELFARE_STATUS_INVALID');
    const { amount, fundingId } = await checkHandout(tx, actor, ctx.now(), n, input, null);
    await tx.query(
      `INSERT INTO welfare_handouts (nomination_id, method, amount_vnd, handed_by, place, handed_on, event_id,
         recorded_by, funding_id, voucher_code, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        id,
        input.method,
        amount,
        input.handedBy,
        input.place || null,
        input.handedOn,
        input.eventId ?? null,
        actorUserId(actor),
        fundingId,
        input.voucherCode?.trim() || null,
        input.note || null,
      ],
    );
    await tx.query("UPDATE welfare_nominations SET status = 'handed_out', updated_at = now() WHERE id = $1", [id]);
    return { id, status: 'handed_out' };
  });
}
