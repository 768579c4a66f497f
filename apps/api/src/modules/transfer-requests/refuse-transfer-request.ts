import type { TransferRequest } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { lockRequest, oneRequest } from './transfer-requests.queries';

/** The holding union refuses, with a reason the requesting union reads. */
export async function refuseTransferRequest(ctx: Ctx, id: number, input: { reason: string }): Promise<TransferRequest> {
  const actor = requireActor(ctx);
  return ctx.tx('transfer_request.refuse', async (tx) => {
    await lockRequest(tx, actor, id, 'holding');
    await tx.query(
      `UPDATE transfer_requests SET status = 'refused', decided_at = now(), decided_by = $2, decision_reason = $3
        WHERE id = $1`,
      [id, actorUserId(actor), input.reason],
    );
    return oneRequest(tx, actor, id);
  });
}
