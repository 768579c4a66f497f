import { campaignProgress, Permission, todayVN, type CampaignRollup } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { campaignInScope } from './campaigns.queries';

type UnitRow = CampaignRollup['units'][number] & { depth: number; self: boolean; reportDueOn: string | null };

function add(into: Record<string, number>, from: Record<string, number>) {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/**
 * Progress of a campaign copy and every copy below it: which units reported (all their activities),
 * percent complete (campaignProgress), indicator totals overall (this copy included) and by level (copies
 * below only, so the level table adds up to unitsIssued), and late units (not reported after the due date).
 */
export async function campaignRollup(ctx: Ctx, id: number): Promise<CampaignRollup> {
  const c = await campaignInScope(ctx.pool, requireActor(ctx), id, Permission.CampaignRead);
  const { rows } = await ctx.pool.query<UnitRow>(
    `WITH copies AS (
       SELECT c.id, c.unit_id, c.report_due_on, u.code, u.name, u.kind, nlevel(u.path) AS depth
         FROM campaigns c JOIN org_units u ON u.id = c.unit_id
        WHERE c.root_id = $1 AND u.path <@ $2::ltree)
     SELECT k.id::int AS "campaignId", k.unit_id::int AS "unitId", k.code AS "unitCode", k.name AS "unitName",
            k.kind AS level, k.depth, k.id = $3 AS self, to_char(k.report_due_on, 'YYYY-MM-DD') AS "reportDueOn",
            (SELECT count(*)::int FROM campaign_activities a WHERE a.campaign_id = k.id AND a.removed_at IS NULL)
              AS activities,
            (SELECT count(*)::int FROM campaign_reports r JOIN campaign_activities a ON a.id = r.activity_id
              WHERE r.campaign_id = k.id AND a.removed_at IS NULL) AS "reportedActivities",
            (SELECT max(r.reported_at) FROM campaign_reports r WHERE r.campaign_id = k.id) AS "lastReportAt",
            coalesce((SELECT jsonb_object_agg(s.key, s.total) FROM (
                SELECT e.key, sum(e.value::numeric)::float8 AS total
                  FROM campaign_reports r CROSS JOIN jsonb_each_text(r.indicators) e
                 WHERE r.campaign_id = k.id GROUP BY e.key) s), '{}') AS totals
       FROM copies k ORDER BY k.depth, k.name`,
    [c.rootId, c.unitPath, id],
  );
  const today = todayVN(ctx.now());
  const totals: Record<string, number> = {};
  const levels = new Map<string, { level: string; units: number; reported: number; totals: Record<string, number> }>();
  const units: CampaignRollup['units'] = [];
  const late: CampaignRollup['late'] = [];
  for (const row of rows) {
    const reported = row.activities > 0 && row.reportedActivities >= row.activities;
    const percent = row.activities === 0 ? 0 : Math.round((100 * row.reportedActivities) / row.activities);
    const isLate = !reported && !!row.reportDueOn && row.reportDueOn < today;
    add(totals, row.totals);
    if (row.self) continue;
    const level = levels.get(row.level) ?? { level: row.level, units: 0, reported: 0, totals: {} };
    level.units++;
    if (reported) level.reported++;
    add(level.totals, row.totals);
    levels.set(row.level, level);
    const lastReportAt = row.lastReportAt ? new Date(row.lastReportAt).toISOString() : null;
    const { depth: _d, self: _s, reportDueOn, ...unit } = row;
    units.push({ ...unit, lastReportAt, reported, percent, late: isLate });
    if (isLate) late.push({ unitId: row.unitId, unitName: row.unitName, reportDueOn });
  }
  const unitsReported = units.filter((u) => u.reported).length;
  const selfRow = rows.find((r) => r.self);
  const own = { activities: selfRow?.activities ?? 0, reportedActivities: selfRow?.reportedActivities ?? 0 };
  const progress = campaignProgress({ unitsIssued: units.length, unitsReported, own });
  return {
    campaignId: id,
    unitsIssued: units.length,
    unitsReported,
    percentComplete: Math.round(progress.ratio * 1000) / 10,
    own,
    totals,
    byLevel: [...levels.values()],
    units,
    late,
  };
}
