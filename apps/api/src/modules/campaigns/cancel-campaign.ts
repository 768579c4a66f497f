import { cancelReasonBody, Permission, type CampaignDetail } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { ownPlanInScope } from './campaigns.queries';
import { getCampaign } from './get-campaign';

/**
 * Cancel a plan from its issuing copy: it and every copy below are kept, marked cancelled with the reason
 * (reports already sent stay readable), and refuse further changes and issuing.
 */
export async function cancelCampaign(ctx: Ctx, id: number, raw: { reason: string }): Promise<CampaignDetail> {
  const { reason } = cancelReasonBody.parse(raw);
  const actor = requireActor(ctx);
  await ctx.tx('campaign.cancel', async (tx) => {
    const c = await ownPlanInScope(tx, actor, id, Permission.CampaignWrite);
    await tx.query(
      'UPDATE campaigns SET cancelled_at = now(), cancel_reason = $2 WHERE root_id = $1 AND cancelled_at IS NULL',
      [c.rootId, reason],
    );
  });
  return getCampaign(ctx, id);
}
