import type { CampaignRollup, CampaignSummary } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { Permission } from '@congdoan/domain';
import { campaignRollup } from './campaign-rollup';
import { campaignInScope } from './campaigns.queries';

export type CampaignSummaryReport = {
  campaign: CampaignSummary;
  rollup: CampaignRollup;
  /** Province name for the place line ("Quảng Trị") and the unit's parent for the header block. */
  place: string;
  parentName: string | null;
  events: {
    title: string;
    kind: string;
    startsAt: string;
    unitName: string;
    confirmed: number;
    checkedIn: number;
    spentVnd: number;
    sponsorCashVnd: number;
  }[];
  eventsHeld: number;
  /** Sums of the events table's columns, so the text and the table agree. */
  registrations: number;
  checkedIn: number;
  spentVnd: number;
  budgetVnd: number;
  sponsorCashVnd: number;
  sponsorsInKind: string[];
};

/** Everything the campaign report documents show, for one copy and the subtree below it. */
export async function campaignSummaryReport(ctx: Ctx, id: number): Promise<CampaignSummaryReport> {
  const c = await campaignInScope(ctx.pool, requireActor(ctx), id, Permission.CampaignRead);
  const rollup = await campaignRollup(ctx, id);
  const { rows: events } = await ctx.pool.query<
    CampaignSummaryReport['events'][number] & { budgetVnd: number; inKind: string[] }
  >(
    `SELECT e.title, e.kind, e.starts_at AS "startsAt", u.name AS "unitName",
            (SELECT count(*)::int FROM registrations r WHERE r.event_id = e.id AND r.status = 'confirmed') AS confirmed,
            (SELECT count(*)::int FROM registrations r WHERE r.event_id = e.id AND r.checked_in_at IS NOT NULL) AS "checkedIn",
            coalesce(e.spent_vnd, 0)::float8 AS "spentVnd", coalesce(e.budget_vnd, 0)::float8 AS "budgetVnd",
            coalesce((SELECT sum((s->>'cashVnd')::numeric) FROM jsonb_array_elements(e.sponsors) s), 0)::float8 AS "sponsorCashVnd",
            coalesce((SELECT array_agg((s->>'name') || ': ' || (s->>'inKind')) FROM jsonb_array_elements(e.sponsors) s
                       WHERE coalesce(s->>'inKind', '') <> ''), '{}') AS "inKind"
       FROM events e JOIN org_units u ON u.id = e.unit_id JOIN campaigns k ON k.id = e.campaign_id
      WHERE k.root_id = $1 AND u.path <@ $2::ltree ORDER BY e.starts_at`,
    [c.rootId, c.unitPath],
  );
  const { rows: names } = await ctx.pool.query<{ place: string | null; parentName: string | null }>(
    `SELECT (SELECT regexp_replace(p.name, '^Liên đoàn Lao động (tỉnh|thành phố) ', '') FROM org_units p
              WHERE p.path @> u.path AND p.kind = 'provincial_federation' LIMIT 1) AS place,
            (SELECT p.name FROM org_units p WHERE p.id = u.parent_id) AS "parentName"
       FROM org_units u WHERE u.id = $1`,
    [c.unitId],
  );
  const sum = (f: (e: (typeof events)[number]) => number) => events.reduce((s, e) => s + f(e), 0);
  const { unitPath: _p, planFileKey: _k, ...campaign } = c;
  return {
    campaign,
    rollup,
    place: names[0]?.place ?? 'Hà Nội',
    parentName: names[0]?.parentName ?? null,
    events: events.map(({ budgetVnd: _b, inKind: _i, ...e }) => ({
      ...e,
      startsAt: new Date(e.startsAt).toISOString(),
    })),
    eventsHeld: events.filter((e) => new Date(e.startsAt) <= ctx.now()).length,
    registrations: sum((e) => e.confirmed),
    checkedIn: sum((e) => e.checkedIn),
    spentVnd: sum((e) => e.spentVnd),
    budgetVnd: sum((e) => e.budgetVnd),
    sponsorCashVnd: sum((e) => e.sponsorCashVnd),
    sponsorsInKind: events.flatMap((e) => e.inKind),
  };
}
