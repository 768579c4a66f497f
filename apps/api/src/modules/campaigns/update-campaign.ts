import {
  AppError,
  Permission,
  updateCampaignBody,
  type CampaignDetail,
  type UpdateCampaignInput,
} from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { ownPlanInScope } from './campaigns.queries';
import { getCampaign } from './get-campaign';

/**
 * Change a plan from its issuing copy; every copy issued below carries the plan's wording and dates,
 * so they all follow in the same transaction (each copy's change is audited on its own row).
 */
export async function updateCampaign(ctx: Ctx, id: number, raw: UpdateCampaignInput): Promise<CampaignDetail> {
  const input = updateCampaignBody.parse(raw);
  const actor = requireActor(ctx);
  await ctx.tx('campaign.update', async (tx) => {
    const c = await ownPlanInScope(tx, actor, id, Permission.CampaignWrite);
    const startsOn = input.startsOn ?? c.startsOn;
    const endsOn = input.endsOn ?? c.endsOn;
    if (endsOn < startsOn) throw new AppError('CAMPAIGN_DATES_INVALID');
    await tx.query(
      `UPDATE campaigns SET title = coalesce($2, title), year = coalesce($3, year), starts_on = $4, ends_on = $5,
              report_due_on = CASE WHEN $6 THEN $7::date ELSE report_due_on END, themes = coalesce($8, themes)
        WHERE root_id = $1`,
      [
        c.rootId,
        input.title ?? null,
        input.year ?? null,
        startsOn,
        endsOn,
        input.reportDueOn !== undefined,
        input.reportDueOn ?? null,
        input.themes ?? null,
      ],
    );
  });
  return getCampaign(ctx, id);
}
