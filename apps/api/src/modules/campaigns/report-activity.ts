import {
  AppError,
  indicatorLabels,
  Permission,
  reportActivityBody,
  type CampaignDetail,
  type IndicatorKey,
  type ReportActivityInput,
} from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { campaignInScope } from './campaigns.queries';
import { getCampaign } from './get-campaign';

/** A unit reports on one activity of its copy: done, date, indicator numbers, notes (replaces the last report). */
export async function reportActivity(
  ctx: Ctx,
  campaignId: number,
  activityId: number,
  raw: ReportActivityInput,
  file?: { key: string; fileName: string },
): Promise<CampaignDetail> {
  const input = reportActivityBody.parse(raw);
  const actor = requireActor(ctx);
  await ctx.tx('campaign.report', async (tx) => {
    const c = await campaignInScope(tx, actor, campaignId, Permission.CampaignWrite);
    const { rows } = await tx.query<{ indicators: string[] }>(
      'SELECT indicators FROM campaign_activities WHERE id = $1 AND campaign_id = $2 AND removed_at IS NULL',
      [activityId, campaignId],
    );
    if (!rows[0]) throw new AppError('ACTIVITY_NOT_FOUND', { id: activityId });
    for (const [key, value] of Object.entries(input.indicators)) {
      const label = indicatorLabels[key as IndicatorKey] ?? key;
      if (!rows[0].indicators.includes(key)) throw new AppError('UNKNOWN_INDICATOR', { indicator: label });
      if (value < 0) throw new AppError('NEGATIVE_INDICATOR', { indicator: label });
    }
    await tx.query(
      `INSERT INTO campaign_reports (campaign_id, activity_id, unit_id, done, done_on, indicators, notes, files, reported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (activity_id) DO UPDATE SET done = excluded.done, done_on = excluded.done_on,
         indicators = excluded.indicators, notes = excluded.notes,
         files = campaign_reports.files || excluded.files, reported_by = excluded.reported_by, reported_at = now()`,
      [
        campaignId,
        activityId,
        c.unitId,
        input.done,
        input.doneOn ?? null,
        JSON.stringify(input.indicators),
        input.notes ?? null,
        JSON.stringify(file ? [file] : []),
        actorUserId(actor),
      ],
    );
  });
  return getCampaign(ctx, campaignId);
}
