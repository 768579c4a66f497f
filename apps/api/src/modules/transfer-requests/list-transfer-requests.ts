import { Permission, type TransferRequest } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { selectTransferRequests } from './transfer-requests.queries';

/**
 * Incoming: requests for members held by unions in the actor's member.read scope (theirs to decide).
 * Outgoing: requests the actor's unions sent (their status; the person only once accepted).
 */
export async function listTransferRequests(
  ctx: Ctx,
  query: { direction: 'incoming' | 'outgoing'; status: TransferRequest['status'] },
): Promise<{ items: TransferRequest[] }> {
  const actor = requireActor(ctx);
  const side = query.direction === 'incoming' ? 'f' : 'd';
  const items = await selectTransferRequests(
    ctx.pool,
    actor,
    `${side}.path <@ $1::ltree[] AND q.status = $2`,
    [scopeFor(actor, Permission.MemberRead), query.status],
    'ORDER BY q.created_at DESC, q.id DESC LIMIT 500',
  );
  return { items };
}
