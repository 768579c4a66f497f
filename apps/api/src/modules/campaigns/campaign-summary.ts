import { indicatorLabels, type CampaignRollup, type CampaignSummary, type IndicatorKey } from '@congdoan/domain';
import { auditEvent } from '../../db/tx';
import { requireActor, type Ctx } from '../../context/context';
import { Permission } from '@congdoan/domain';
import { campaignRollup } from './campaign-rollup';
import { campaignInScope } from './campaigns.queries';

export type CampaignSummaryReport = {
  campaign: CampaignSummary;
  rollup: CampaignRollup;
  events: {
    title: string;
    kind: string;
    startsAt: string;
    unitName: string;
    confirmed: number;
    checkedIn: number;
    spentVnd: number;
    sponsorCashVnd: number;
    /** Organised by the copy's subtree; false for an event above it that its members attended. */
    organised: boolean;
  }[];
  eventsHeld: number;
  /** Events organised above the copy's unit that its members registered for. */
  eventsAttended: number;
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
    // The events the copy's subtree organised, and those it sent members to (a grassroots union's workers at
    // the zone's health check): the report counts their registrations, so its table lists them too. An event
    // organised elsewhere counts only this subtree's registrations, and its money is not this report's.
    `WITH ev AS (
       SELECT e.*, u.name AS unit_name, u.path <@ $2::ltree AS organised
         FROM events e JOIN org_units u ON u.id = e.unit_id JOIN campaigns k ON k.id = e.campaign_id
        WHERE k.root_id = $1),
     regs AS (
       SELECT r.event_id, r.status, r.checked_in_at FROM registrations r JOIN ev ON ev.id = r.event_id
         JOIN org_units ru ON ru.id = r.unit_id
        WHERE ev.organised OR ru.path <@ $2::ltree)
     SELECT e.title, e.kind, e.starts_at AS "startsAt", e.unit_name AS "unitName", e.organised,
            (SELECT count(*)::int FROM regs r WHERE r.event_id = e.id AND r.status = 'confirmed') AS confirmed,
            (SELECT count(*)::int FROM regs r WHERE r.event_id = e.id AND r.checked_in_at IS NOT NULL) AS "checkedIn",
            coalesce(e.spent_vnd, 0)::float8 AS "spentVnd", coalesce(e.budget_vnd, 0)::float8 AS "budgetVnd",
            coalesce((SELECT sum((s->>'cashVnd')::numeric) FROM jsonb_array_elements(e.sponsors) s), 0)::float8 AS "sponsorCashVnd",
            coalesce((SELECT array_agg((s->>'name') || ': ' || (s->>'inKind')) FROM jsonb_array_elements(e.sponsors) s
                       WHERE coalesce(s->>'inKind', '') <> ''), '{}') AS "inKind"
       FROM ev e WHERE e.organised OR EXISTS (SELECT 1 FROM regs r WHERE r.event_id = e.id)
      ORDER BY e.starts_at`,
    [c.rootId, c.unitPath],
  );
  const sum = (f: (e: (typeof events)[number]) => number, list = events) => list.reduce((s, e) => s + f(e), 0);
  const organised = events.filter((e) => e.organised);
  const { unitPath: _p, planFileKey: _k, ...campaign } = c;
  return {
    campaign,
    rollup,
    events: events.map(({ budgetVnd: _b, inKind: _i, ...e }) => ({
      ...e,
      startsAt: new Date(e.startsAt).toISOString(),
    })),
    eventsHeld: organised.filter((e) => new Date(e.startsAt) <= ctx.now()).length,
    eventsAttended: events.length - organised.length,
    registrations: sum((e) => e.confirmed),
    checkedIn: sum((e) => e.checkedIn),
    spentVnd: sum((e) => e.spentVnd, organised),
    budgetVnd: sum((e) => e.budgetVnd, organised),
    sponsorCashVnd: sum((e) => e.sponsorCashVnd, organised),
    sponsorsInKind: organised.flatMap((e) => e.inKind),
  };
}

// Shared by the .docx and the .xlsx of the summary.
export const levelNames: Record<string, string> = {
  confederation: 'Tổng Liên đoàn',
  provincial_federation: 'LĐLĐ tỉnh, thành phố',
  central_industry_union: 'Công đoàn ngành Trung ương',
  corporation_union: 'Công đoàn Tổng công ty',
  upper_union: 'Công đoàn cấp trên trực tiếp cơ sở',
  grassroots_union: 'Công đoàn cơ sở',
  union_group: 'Tổ công đoàn',
};

export const label = (k: string) => indicatorLabels[k as IndicatorKey] ?? k;
export const fileBase = (r: CampaignSummaryReport) => `bao-cao-${r.campaign.id}-${r.campaign.year}`;
export const reportTitle = (r: CampaignSummaryReport) => `Kết quả tổ chức ${r.campaign.title}`;

export async function logExport(ctx: Ctx, id: number, format: string) {
  await ctx.tx('campaign.export_summary', (tx) =>
    auditEvent(tx, { action: 'campaign.export_summary', entityType: 'campaigns', entityId: id, data: { format } }),
  );
}
