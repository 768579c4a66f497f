import { Permission, type TransferSummary } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { selectTransfers } from './transfers.queries';

/** Transfers into (incoming) or out of (outgoing) unions in the actor's member.read scope. */
export async function listTransfers(
  ctx: Ctx,
  query: { direction: 'incoming' | 'outgoing'; status: TransferSummary['status'] },
): Promise<{ items: TransferSummary[] }> {
  const scopes = scopeFor(requireActor(ctx), Permission.MemberRead);
  const side = query.direction === 'incoming' ? 'd' : 'f';
  const items = await selectTransfers(
    ctx.pool,
    `${side}.path <@ $1::ltree[] AND t.status = $2`,
    [scopes, query.status],
    'ORDER BY t.requested_on DESC, t.id DESC LIMIT 500',
  );
  return { items };
}
