import type { Indicator } from '../declaration';

// SQL of the welfare figures for the periodic reports' engine (reports/indicators/): each statement reads
// indicator_scope (the subtree as it stood at the period's end) and the period ($1::date, $2::date), and counts
// at the nominating unit. welfareIndicators() keeps answering the same figures for one unit over today's tree.
const vn = (column: string) => `(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $1::date AND $2::date`;
const byGroup = (select: string, from: string, where: string) =>
  `SELECT s.group_id, ${select} AS value FROM indicator_scope s ${from} WHERE ${where} GROUP BY s.group_id`;

export const welfareReportSql: Readonly<Record<string, string>> = {
  'welfare.beneficiaries': byGroup(
    'count(*)',
    'JOIN welfare_nominations n ON n.unit_id = s.unit_id JOIN welfare_handouts h ON h.nomination_id = n.id',
    'h.handed_on BETWEEN $1::date AND $2::date',
  ),
  'welfare.handed_out_vnd': byGroup(
    'sum(h.amount_vnd)',
    'JOIN welfare_nominations n ON n.unit_id = s.unit_id JOIN welfare_handouts h ON h.nomination_id = n.id',
    'h.handed_on BETWEEN $1::date AND $2::date',
  ),
  'welfare.approved': byGroup(
    'count(*)',
    `JOIN welfare_nominations n ON n.unit_id = s.unit_id JOIN welfare_programmes p ON p.id = n.programme_id
     JOIN welfare_nomination_reviews r ON r.nomination_id = n.id`,
    `r.decision = 'approved' AND r.level_unit_id = p.unit_id AND ${vn('r.decided_at')}`,
  ),
  'welfare.applications': byGroup(
    'count(*)',
    'JOIN welfare_nominations n ON n.unit_id = s.unit_id',
    `n.source = 'application' AND ${vn('n.created_at')}`,
  ),
  'welfare.homes_started': byGroup(
    'count(*)',
    'JOIN welfare_homes h ON h.unit_id = s.unit_id',
    'h.started_on BETWEEN $1::date AND $2::date',
  ),
  'welfare.homes_completed': byGroup(
    'count(*)',
    'JOIN welfare_homes h ON h.unit_id = s.unit_id',
    'h.completed_on BETWEEN $1::date AND $2::date',
  ),
  'welfare.homes_handed_over': byGroup(
    'count(*)',
    'JOIN welfare_homes h ON h.unit_id = s.unit_id',
    'h.handed_on BETWEEN $1::date AND $2::date',
  ),
  'welfare.homes_cost_vnd': byGroup(
    'sum(coalesce(h.final_cost_vnd, h.approved_cost_vnd))',
    'JOIN welfare_homes h ON h.unit_id = s.unit_id',
    'h.handed_on BETWEEN $1::date AND $2::date',
  ),
  'welfare.vouchers_issued': byGroup('count(*)', 'JOIN welfare_vouchers v ON v.unit_id = s.unit_id', vn('v.issued_at')),
  'welfare.vouchers_redeemed': byGroup(
    'count(*)',
    'JOIN welfare_vouchers v ON v.unit_id = s.unit_id',
    `v.redeemed_at IS NOT NULL AND ${vn('v.redeemed_at')}`,
  ),
};

/** The welfare indicators with their report SQL, as module.ts declares them. */
export const withReportSql = (list: readonly Indicator[]): Indicator[] =>
  list.map((i) => (welfareReportSql[i.key] ? { ...i, sql: welfareReportSql[i.key] } : i));
