import type { TransferRequest } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { confirmInTx, lockedTransfer, startTransferInTx } from '../members';
import { lockRequest, oneRequest } from './transfer-requests.queries';

/**
 * The holding union accepts: the existing transfer runs at once (both unions have agreed), the
 * membership moves to the requesting union, and the request keeps the transfer's id.
 */
export async function acceptTransferRequest(
  ctx: Ctx,
  id: number,
  input: { reason?: string | null | undefined },
): Promise<TransferRequest> {
  const actor = requireActor(ctx);
  return ctx.tx('transfer_request.accept', async (tx) => {
    const q = await lockRequest(tx, actor, id, 'holding');
    const reason = input.reason ?? 'Theo đề nghị của công đoàn cơ sở nhận';
    const transferId = await startTransferInTx(tx, ctx, q.personId, { toUnitId: q.toUnitId, reason }, q.requestedBy);
    await confirmInTx(tx, ctx, await lockedTransfer(tx, transferId), input.reason);
    await tx.query(
      `UPDATE transfer_requests SET status = 'accepted', decided_at = now(), decided_by = $2, decision_reason = $3,
              member_transfer_id = $4 WHERE id = $1`,
      [id, actorUserId(actor), input.reason ?? null, transferId],
    );
    // Other unions asking for the same person get a clear answer instead of a request that can no longer run.
    await tx.query(
      `UPDATE transfer_requests SET status = 'refused', decided_at = now(), decided_by = $3,
              decision_reason = 'Đoàn viên đã chuyển sinh hoạt sang đơn vị khác'
        WHERE person_id = $1 AND status = 'pending' AND id <> $2`,
      [q.personId, id, actorUserId(actor)],
    );
    return oneRequest(tx, actor, id);
  });
}
