import {
  AppError,
  Permission,
  type CampaignDetail,
  type CreateCampaignInput,
  createCampaignBody,
} from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { getCampaign } from './get-campaign';

/** A new campaign plan issued by a unit in the actor's scope, with its key activities. */
export async function createCampaign(ctx: Ctx, raw: CreateCampaignInput): Promise<CampaignDetail> {
  const actor = requireActor(ctx);
  const input = createCampaignBody.parse(raw);
  if (input.endsOn < input.startsOn) throw new AppError('CAMPAIGN_DATES_INVALID', { field: 'endsOn' });
  const id = await ctx.tx('campaign.create', async (tx) => {
    const { rows: unit } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      input.unitId,
      scopeFor(actor, Permission.CampaignWrite),
    ]);
    if (!unit[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId });
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO campaigns (unit_id, kind, title, year, starts_on, ends_on, report_due_on, themes, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::int`,
      [
        input.unitId,
        input.kind,
        input.title,
        input.year,
        input.startsOn,
        input.endsOn,
        input.reportDueOn ?? null,
        input.themes,
        actorUserId(actor),
      ],
    );
    const campaignId = rows[0]!.id;
    await tx.query('UPDATE campaigns SET root_id = id WHERE id = $1', [campaignId]);
    for (const [i, a] of input.activities.entries()) {
      await tx.query(
        `INSERT INTO campaign_activities (campaign_id, unit_id, title, description, is_model, indicators, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [campaignId, input.unitId, a.title, a.description ?? null, a.isModel, a.indicators, i],
      );
    }
    return campaignId;
  });
  return getCampaign(ctx, id);
}
