import type { Indicator } from '../declaration';

// Figures of petitions (kiến nghị) for the periodic reports (see reports/indicators/). A petition counts
// where it was raised (origin), not where it is handled now: escalation must not move it between units.
// A consolidated petition only gathers others, so the petitions gathered into it are what count; an answer
// to the consolidated petition answers each of them.
const vn = (column: string) => `(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $1::date AND $2::date`;

export const petitionIndicators: readonly Indicator[] = [
  {
    key: 'petitions.received',
    vi: 'Kiến nghị tiếp nhận',
    en: 'Petitions received',
    unit: 'count',
    sql: `SELECT s.group_id, count(*) AS value FROM indicator_scope s JOIN petitions p ON p.origin_unit_id = s.unit_id
           WHERE NOT p.is_consolidated AND ${vn('p.created_at')} GROUP BY s.group_id`,
  },
  {
    key: 'petitions.answered',
    vi: 'Kiến nghị được trả lời',
    en: 'Petitions answered',
    unit: 'count',
    sql: `SELECT s.group_id, count(*) AS value FROM indicator_scope s JOIN petitions p ON p.origin_unit_id = s.unit_id
            LEFT JOIN petitions c ON c.id = p.consolidated_into_id
           WHERE NOT p.is_consolidated AND ${vn('coalesce(p.answered_at, c.answered_at)')} GROUP BY s.group_id`,
  },
  {
    key: 'petitions.answered_rate',
    vi: 'Tỷ lệ kiến nghị được trả lời',
    en: 'Share of petitions answered',
    unit: 'percent',
    aggregation: 'ratio',
    ratioOf: { numerator: 'petitions.answered', denominator: 'petitions.received' },
  },
];
