import { AppError, Permission, activityInput, type ActivityInput, type CampaignDetail } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { campaignInScope } from './campaigns.queries';
import { getCampaign } from './get-campaign';

/** A unit adds its own activity to its copy of a campaign. */
export async function addActivity(ctx: Ctx, campaignId: number, raw: ActivityInput): Promise<CampaignDetail> {
  const input = activityInput.parse(raw);
  const actor = requireActor(ctx);
  await ctx.tx('campaign.add_activity', async (tx) => {
    const c = await campaignInScope(tx, actor, campaignId, Permission.CampaignWrite);
    await tx.query(
      `INSERT INTO campaign_activities (campaign_id, unit_id, title, description, is_model, indicators, position)
       VALUES ($1, $2, $3, $4, $5, $6,
               (SELECT coalesce(max(position) + 1, 0) FROM campaign_activities WHERE campaign_id = $1))`,
      [campaignId, c.unitId, input.title, input.description ?? null, input.isModel, input.indicators],
    );
  });
  return getCampaign(ctx, campaignId);
}

/** Remove one of the unit's own activities; inherited ones are refused. */
export async function removeActivity(ctx: Ctx, campaignId: number, activityId: number): Promise<CampaignDetail> {
  const actor = requireActor(ctx);
  await ctx.tx('campaign.remove_activity', async (tx) => {
    await campaignInScope(tx, actor, campaignId, Permission.CampaignWrite);
    const { rows } = await tx.query<{ inherited: boolean }>(
      `SELECT inherited_from_id IS NOT NULL AS inherited FROM campaign_activities
        WHERE id = $1 AND campaign_id = $2 AND removed_at IS NULL FOR UPDATE`,
      [activityId, campaignId],
    );
    if (!rows[0]) throw new AppError('ACTIVITY_NOT_FOUND', { id: activityId });
    if (rows[0].inherited) throw new AppError('INHERITED_ACTIVITY_LOCKED');
    await tx.query('UPDATE campaign_activities SET removed_at = now() WHERE id = $1', [activityId]);
  });
  return getCampaign(ctx, campaignId);
}
