import type { Indicator } from '../declaration';
import { rowIndicator, vnDayInPeriod, type IndicatorRows } from '../row-indicator';

// The welfare figures for the periodic reports' engine (reports/indicators/): each reads indicator_scope (the
// subtree as it stood at the period's end) and the period ($1::date, $2::date), and counts at the nominating
// unit. The drill-down names the person (or the house's owner); a voucher shows its holder's name, never its
// code or phone.
const day = (column: string) => `(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
const vn = vnDayInPeriod;
const handouts =
  'JOIN welfare_nominations n ON n.unit_id = s.unit_id JOIN welfare_handouts h ON h.nomination_id = n.id';
const handoutRow = { id: 'h.id', label: 'n.full_name', onDate: 'h.handed_on' };
const homes = 'JOIN welfare_homes h ON h.unit_id = s.unit_id';
const home = (onDate: string) => ({ id: 'h.id', label: 'h.full_name', onDate });
const vouchers = 'JOIN welfare_vouchers v ON v.unit_id = s.unit_id';
const voucher = (onDate: string) => ({
  id: 'v.id',
  label: `coalesce((SELECT n.full_name FROM welfare_nominations n WHERE n.id = v.nomination_id),
                   (SELECT p.name FROM welfare_programmes p WHERE p.id = v.programme_id))`,
  onDate,
});

// Home-for-Tết tickets, over the trips departing in the period: registrations of the subtree's members, and
// what the quotas gave the subtree (only the highest quota inside it, so a quota passed down counts once).
const tripDay = `(e.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
const tripRegistrations = `JOIN registrations r ON r.unit_id = s.unit_id JOIN welfare_trips t ON t.event_id = r.event_id
  JOIN events e ON e.id = t.event_id`;
const tripRegistered = `e.cancelled_at IS NULL AND ${vnDayInPeriod('e.starts_at')} AND r.status = 'confirmed'`;
const tripRow = { id: 'r.id', label: `r.full_name || ' — ' || e.title`, onDate: tripDay };

export const welfareReportRows: Readonly<Record<string, IndicatorRows>> = {
  'welfare.beneficiaries': { from: handouts, where: 'h.handed_on BETWEEN $1::date AND $2::date', row: handoutRow },
  'welfare.handed_out_vnd': {
    from: handouts,
    where: 'h.handed_on BETWEEN $1::date AND $2::date',
    sum: 'h.amount_vnd',
    row: handoutRow,
  },
  'welfare.approved': {
    from: `JOIN welfare_nominations n ON n.unit_id = s.unit_id JOIN welfare_programmes p ON p.id = n.programme_id
           JOIN welfare_nomination_reviews r ON r.nomination_id = n.id`,
    where: `r.decision = 'approved' AND r.level_unit_id = p.unit_id AND ${vn('r.decided_at')}`,
    row: { id: 'r.id', label: 'n.full_name', onDate: day('r.decided_at') },
  },
  'welfare.tickets_allocated': {
    from: 'JOIN welfare_quotas q ON q.unit_id = s.unit_id',
    where: `q.programme_id IN (SELECT t.programme_id FROM welfare_trips t JOIN events e ON e.id = t.event_id
                               WHERE e.cancelled_at IS NULL AND ${vnDayInPeriod('e.starts_at')})
            AND NOT EXISTS (SELECT 1 FROM welfare_quotas pq JOIN indicator_scope ps ON ps.unit_id = pq.unit_id
                             WHERE pq.id = q.parent_quota_id AND ps.group_id = s.group_id)`,
    sum: 'q.count',
    readsGroup: true,
    row: { id: 'q.id', label: '(SELECT p.name FROM welfare_programmes p WHERE p.id = q.programme_id)', onDate: 'NULL' },
  },
  'welfare.tickets_registered': { from: tripRegistrations, where: tripRegistered, row: tripRow },
  'welfare.tickets_used': {
    from: tripRegistrations,
    where: `${tripRegistered} AND r.checked_in_at IS NOT NULL`,
    row: tripRow,
  },
  'welfare.applications': {
    from: 'JOIN welfare_nominations n ON n.unit_id = s.unit_id',
    where: `n.source = 'application' AND ${vn('n.created_at')}`,
    row: { id: 'n.id', label: 'n.full_name', onDate: day('n.created_at') },
  },
  'welfare.homes_started': {
    from: homes,
    where: 'h.started_on BETWEEN $1::date AND $2::date',
    row: home('h.started_on'),
  },
  'welfare.homes_completed': {
    from: homes,
    where: 'h.completed_on BETWEEN $1::date AND $2::date',
    row: home('h.completed_on'),
  },
  'welfare.homes_handed_over': {
    from: homes,
    where: 'h.handed_on BETWEEN $1::date AND $2::date',
    row: home('h.handed_on'),
  },
  'welfare.homes_cost_vnd': {
    from: homes,
    where: 'h.handed_on BETWEEN $1::date AND $2::date',
    sum: 'coalesce(h.final_cost_vnd, h.approved_cost_vnd)',
    row: home('h.handed_on'),
  },
  'welfare.vouchers_issued': { from: vouchers, where: vn('v.issued_at'), row: voucher(day('v.issued_at')) },
  'welfare.vouchers_redeemed': {
    from: vouchers,
    where: `v.redeemed_at IS NOT NULL AND ${vn('v.redeemed_at')}`,
    row: voucher(day('v.redeemed_at')),
  },
  'welfare.vouchers_redeemed_vnd': {
    from: vouchers,
    where: `v.redeemed_at IS NOT NULL AND ${vn('v.redeemed_at')}`,
    sum: 'v.value_vnd',
    row: voucher(day('v.redeemed_at')),
  },
};

/** The welfare indicators with their report SQL and drill-down, as module.ts declares them. */
export const withReportSql = (list: readonly Indicator[]): Indicator[] =>
  list.map((i) => {
    const rows = welfareReportRows[i.key];
    return rows ? rowIndicator(i, rows) : i;
  });
