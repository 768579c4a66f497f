// Campaigns cascaded down the tree each year of the window: Workers' Month (May) and Tết Sum vầy (January),
// launched by the confederation, copied to every provincial federation and upper union with their key
// activities, and each upper union's report per activity (85 % carried out, with figures).
import type pg from 'pg';
import { copyIn } from './copy-loader';
import { chunked, dayOf, isoOf, line, opsEnd, opsStart, type OpsUnit, type OpsUnits } from './operations-units';
import type { Rng } from './rng';

const plans = [
  {
    kind: 'workers_month',
    title: (y: number) => `Tháng Công nhân năm ${y}`,
    from: (y: number) => `${y}-05-01`,
    to: (y: number) => `${y}-05-31`,
    activities: [
      ['Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ', ['participants']],
      ['Thăm hỏi, tặng quà công nhân bị tai nạn lao động', ['membersVisited', 'giftsCount', 'giftsVnd']],
      ['Đối thoại, gặp gỡ công nhân lao động', ['dialogues', 'participants']],
    ] as [string, string[]][],
  },
  {
    kind: 'tet_sum_vay',
    title: (y: number) => `Tết Sum vầy năm ${y}`,
    from: (y: number) => `${y}-01-05`,
    to: (y: number) => `${y}-02-10`,
    activities: [
      ['Chương trình "Tết Sum vầy"', ['participants']],
      ['Tặng quà Tết cho đoàn viên có hoàn cảnh khó khăn', ['giftsCount', 'giftsVnd']],
      ['Đưa công nhân về quê đón Tết', ['participants']],
    ] as [string, string[]][],
  },
];

export type CampaignCounts = { campaigns: number; activities: number; campaignReports: number };

export async function loadCampaigns(
  client: pg.PoolClient,
  units: OpsUnits,
  r: Rng,
  ids: { campaign: number; activity: number; report: number },
): Promise<CampaignCounts> {
  let campaignId = ids.campaign;
  let activityId = ids.activity;
  let reportId = ids.report;
  const campaigns: string[] = [];
  const activities: string[] = [];
  const reports: string[] = [];
  const firstYear = Number(isoOf(opsStart).slice(0, 4)) + 1;
  const lastYear = Number(isoOf(opsEnd).slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++) {
    for (const plan of plans) {
      const from = plan.from(y);
      const to = plan.to(y);
      if (dayOf(to) >= opsEnd) continue;
      // the copy at each level: root, then federations, then upper unions (under their federation's copy)
      const copies = new Map<number, { id: number; acts: number[] }>();
      const copy = (u: OpsUnit, parent: { id: number; acts: number[] } | null, root: number | null) => {
        const id = campaignId++;
        campaigns.push(
          line([
            id,
            u.id,
            parent?.id ?? null,
            root ?? id,
            plan.kind,
            plan.title(y),
            y,
            from,
            to,
            isoOf(dayOf(to) + 10),
            `${from} 08:00:00+07`,
          ]),
        );
        const acts = plan.activities.map(([title, indicators], i) => {
          const a = activityId++;
          const origin = root === null ? null : copies.get(-1)!.acts[i]!;
          activities.push(line([a, id, u.id, parent?.acts[i] ?? null, origin, title, `{${indicators.join(',')}}`, i]));
          return a;
        });
        const made = { id, acts };
        copies.set(u.id, made);
        return made;
      };
      const top = copy(units.root, null, null);
      copies.set(-1, top);
      const rootId = top.id;
      for (const f of units.federations) copy(f, top, rootId);
      for (const u of units.upper) {
        const made = copy(u, copies.get(u.federationId ?? -1) ?? top, rootId);
        plan.activities.forEach(([, indicators], i) => {
          const done = r.next() < 0.85;
          const figures: Record<string, number> = {};
          for (const k of indicators)
            figures[k] = done ? (k === 'giftsVnd' ? 500_000 * (5 + r.int(200)) : 1 + r.int(300)) : 0;
          reports.push(
            line([
              reportId++,
              made.id,
              made.acts[i],
              u.id,
              done,
              done ? isoOf(dayOf(from) + r.int(25)) : null,
              figures,
              `${to} 16:00:00+07`,
            ]),
          );
        });
      }
    }
  }
  const all = (xs: string[]) => chunked(xs);
  await copyIn(
    client,
    `COPY campaigns (id, unit_id, parent_id, root_id, kind, title, year, starts_on, ends_on, report_due_on, created_at) FROM STDIN`,
    all(campaigns),
  );
  await copyIn(
    client,
    `COPY campaign_activities (id, campaign_id, unit_id, inherited_from_id, origin_id, title, indicators, "position") FROM STDIN`,
    all(activities),
  );
  await copyIn(
    client,
    `COPY campaign_reports (id, campaign_id, activity_id, unit_id, done, done_on, indicators, reported_at) FROM STDIN`,
    all(reports),
  );
  return { campaigns: campaigns.length, activities: activities.length, campaignReports: reports.length };
}
