import {
  AppError,
  Permission,
  activityInput,
  updateActivityBody,
  type ActivityInput,
  type CampaignDetail,
  type UpdateActivityInput,
} from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { campaignInScope } from './campaigns.queries';
import { getCampaign } from './get-campaign';

/** A unit adds its own activity to its copy of a campaign. */
export async function addActivity(ctx: Ctx, campaignId: number, raw: ActivityInput): Promise<CampaignDetail> {
  const input = activityInput.parse(raw);
  const actor = requireActor(ctx);
  await ctx.tx('campaign.add_activity', async (tx) => {
    const c = await campaignInScope(tx, actor, campaignId, Permission.CampaignWrite);
    if (c.cancelledAt) throw new AppError('CAMPAIGN_CANCELLED', { reason: c.cancelReason ?? '' });
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

/**
 * Change one of the unit's own activities; the copies issued below from it follow (same wording, same
 * indicators). An inherited activity belongs to the unit that assigned it and is refused here.
 */
export async function updateActivity(
  ctx: Ctx,
  campaignId: number,
  activityId: number,
  raw: UpdateActivityInput,
): Promise<CampaignDetail> {
  const input = updateActivityBody.parse(raw);
  const actor = requireActor(ctx);
  await ctx.tx('campaign.update_activity', async (tx) => {
    const c = await campaignInScope(tx, actor, campaignId, Permission.CampaignWrite);
    if (c.cancelledAt) throw new AppError('CAMPAIGN_CANCELLED', { reason: c.cancelReason ?? '' });
    const { rows } = await tx.query<{ inherited: boolean }>(
      `SELECT inherited_from_id IS NOT NULL AS inherited FROM campaign_activities
        WHERE id = $1 AND campaign_id = $2 AND removed_at IS NULL FOR UPDATE`,
      [activityId, campaignId],
    );
    if (!rows[0]) throw new AppError('ACTIVITY_NOT_FOUND', { id: activityId });
    if (rows[0].inherited) throw new AppError('ACTIVITY_INHERITED_EDIT');
    await tx.query(
      `UPDATE campaign_activities SET title = coalesce($2, title),
              description = CASE WHEN $3 THEN $4 ELSE description END,
              is_model = coalesce($5, is_model), indicators = coalesce($6, indicators)
        WHERE id = $1 OR origin_id = $1`,
      [
        activityId,
        input.title ?? null,
        input.description !== undefined,
        input.description ?? null,
        input.isModel ?? null,
        input.indicators ?? null,
      ],
    );
  });
  return getCampaign(ctx, campaignId);
}
