import { AppError, Permission } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { campaignInScope } from './campaigns.queries';

type Stored = { key: string; fileName: string };

/** Attach the plan document to a campaign copy and to the copies below that have none yet. */
export async function setPlanFile(ctx: Ctx, campaignId: number, file: Stored): Promise<void> {
  const actor = requireActor(ctx);
  await ctx.tx('campaign.upload_plan', async (tx) => {
    const c = await campaignInScope(tx, actor, campaignId, Permission.CampaignWrite);
    await tx.query(
      `UPDATE campaigns k SET plan_file_key = $1, plan_file_name = $2
        FROM org_units u WHERE u.id = k.unit_id AND (k.id = $3 OR (k.root_id = $4 AND u.path <@ $5::ltree
              AND k.plan_file_key IS NULL))`,
      [file.key, file.fileName, campaignId, c.rootId, c.unitPath],
    );
  });
}

/** Attach a photo or file to the unit's report on one activity (creating a not-done report if none). */
export async function attachReportFile(ctx: Ctx, campaignId: number, activityId: number, file: Stored): Promise<void> {
  const actor = requireActor(ctx);
  await ctx.tx('campaign.report_file', async (tx) => {
    const c = await campaignInScope(tx, actor, campaignId, Permission.CampaignWrite);
    const { rows } = await tx.query(
      'SELECT 1 FROM campaign_activities WHERE id = $1 AND campaign_id = $2 AND removed_at IS NULL',
      [activityId, campaignId],
    );
    if (!rows[0]) throw new AppError('ACTIVITY_NOT_FOUND', { id: activityId });
    await tx.query(
      `INSERT INTO campaign_reports (campaign_id, activity_id, unit_id, done, files, reported_by)
       VALUES ($1, $2, $3, false, $4, $5)
       ON CONFLICT (activity_id) DO UPDATE SET files = campaign_reports.files || excluded.files`,
      [campaignId, activityId, c.unitId, JSON.stringify([file]), actorUserId(actor)],
    );
  });
}

/** The stored plan document of a campaign the actor may read. */
export async function planFile(ctx: Ctx, campaignId: number): Promise<Stored> {
  const c = await campaignInScope(ctx.pool, requireActor(ctx), campaignId, Permission.CampaignRead);
  if (!c.planFileKey || !c.planFileName) throw new AppError('FILE_NOT_FOUND');
  return { key: c.planFileKey, fileName: c.planFileName };
}
