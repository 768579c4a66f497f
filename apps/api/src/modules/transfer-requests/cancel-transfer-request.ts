import type { TransferRequest } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { lockRequest, oneRequest } from './transfer-requests.queries';

/** The requesting union withdraws its request while it is pending. */
export async function cancelTransferRequest(ctx: Ctx, id: number): Promise<TransferRequest> {
  const actor = requireActor(ctx);
  return ctx.tx('transfer_request.cancel', async (tx) => {
    await lockRequest(tx, actor, id, 'requesting');
    await tx.query(
      `UPDATE transfer_requests SET status = 'cancelled', decided_at = now(), decided_by = $2 WHERE id = $1`,
      [id, actorUserId(actor)],
    );
    return oneRequest(tx, actor, id);
  });
}
