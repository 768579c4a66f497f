import type { Indicator } from '../declaration';
import { rowIndicator } from '../row-indicator';

// Computed figures of campaigns for the periodic reports (see reports/indicators/): how many units, by level,
// carried out a campaign's activity in the period (reported it done, dated in the period), and how many activity
// reports said so. The figures units type into an activity report (indicators in module.ts) stay entered ones.
const doneIn = (r: string) => `${r}.done AND ${r}.done_on BETWEEN $1::date AND $2::date`;

/** Units of `kinds` in the scope that reported at least one campaign activity done in the period (each once). */
const unitsThatCarriedOut = (key: string, vi: string, en: string, kinds: string[]): Indicator =>
  rowIndicator(
    { key, vi, en, unit: 'count' },
    {
      from: 'JOIN org_units cu ON cu.id = s.unit_id',
      where: `cu.kind IN (${kinds.map((k) => `'${k}'`).join(', ')})
              AND EXISTS (SELECT 1 FROM campaign_reports r WHERE r.unit_id = s.unit_id AND ${doneIn('r')})`,
      row: {
        id: 'cu.id',
        label: 'cu.name',
        onDate: `(SELECT max(r.done_on) FROM campaign_reports r WHERE r.unit_id = s.unit_id AND ${doneIn('r')})`,
      },
    },
  );

export const campaignReportIndicators: readonly Indicator[] = [
  unitsThatCarriedOut(
    'campaigns.grassroots_units_done',
    'Công đoàn cơ sở đã thực hiện hoạt động phong trào',
    'Grassroots unions that carried out a campaign activity',
    ['grassroots_union'],
  ),
  unitsThatCarriedOut(
    'campaigns.upper_units_done',
    'Công đoàn cấp trên cơ sở đã thực hiện hoạt động phong trào',
    'Upper unions that carried out a campaign activity',
    ['upper_union', 'corporation_union'],
  ),
  rowIndicator(
    {
      key: 'campaigns.activities_done',
      vi: 'Hoạt động phong trào đã thực hiện (lượt báo cáo)',
      en: 'Campaign activities carried out (reports)',
      unit: 'count',
    },
    {
      from: 'JOIN campaign_reports r ON r.unit_id = s.unit_id JOIN campaigns c ON c.id = r.campaign_id',
      where: doneIn('r'),
      row: { id: 'r.id', label: 'c.title', onDate: 'r.done_on' },
    },
  ),
];
