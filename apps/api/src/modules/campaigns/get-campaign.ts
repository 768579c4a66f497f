import { Permission, type CampaignDetail } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { campaignInScope } from './campaigns.queries';

/** One campaign copy with its activities and this unit's report on each. */
export async function getCampaign(ctx: Ctx, id: number): Promise<CampaignDetail> {
  const found = await campaignInScope(ctx.pool, requireActor(ctx), id, Permission.CampaignRead);
  const { rows } = await ctx.pool.query<CampaignDetail['activities'][number]>(
    `SELECT a.id::int, a.title, a.description, a.is_model AS "isModel", a.indicators,
            a.inherited_from_id IS NOT NULL AS inherited,
            CASE WHEN r.id IS NULL THEN NULL ELSE json_build_object(
              'done', r.done, 'doneOn', to_char(r.done_on, 'YYYY-MM-DD'), 'indicators', r.indicators,
              'notes', r.notes, 'files', r.files, 'reportedAt', r.reported_at) END AS report
       FROM campaign_activities a LEFT JOIN campaign_reports r ON r.activity_id = a.id
      WHERE a.campaign_id = $1 AND a.removed_at IS NULL ORDER BY a.position, a.id`,
    [id],
  );
  const { unitPath: _p, planFileKey: _k, ...summary } = found;
  return { ...summary, activities: rows };
}
