import type { Indicator } from '../../declaration';

export const homeIndicatorList: readonly Indicator[] = [
  { key: 'welfare.homes_started', vi: 'Nhà Mái ấm Công đoàn khởi công', en: 'Union Homes started', unit: 'count' },
  { key: 'welfare.homes_completed', vi: 'Nhà Mái ấm Công đoàn hoàn thành', en: 'Union Homes completed', unit: 'count' },
  {
    key: 'welfare.homes_handed_over',
    vi: 'Nhà Mái ấm Công đoàn bàn giao',
    en: 'Union Homes handed over',
    unit: 'count',
  },
  {
    key: 'welfare.homes_cost_vnd',
    vi: 'Kinh phí nhà Mái ấm Công đoàn đã bàn giao',
    en: 'Cost of the Union Homes handed over',
    unit: 'vnd',
  },
];

/**
 * Houses of a subtree by the date of each step in the period; the cost of a house handed over is its final
 * cost once settled, the approved cost until then. `sub` is the subtree's unit ids (from indicators.ts).
 */
export const homeIndicatorsSql = `
  (SELECT count(*) FROM welfare_homes h WHERE h.unit_id IN (SELECT id FROM sub) AND h.started_on BETWEEN $2 AND $3)::int
    AS homes_started,
  (SELECT count(*) FROM welfare_homes h WHERE h.unit_id IN (SELECT id FROM sub) AND h.completed_on BETWEEN $2 AND $3)::int
    AS homes_completed,
  (SELECT count(*) FROM welfare_homes h WHERE h.unit_id IN (SELECT id FROM sub) AND h.handed_on BETWEEN $2 AND $3)::int
    AS homes_handed_over,
  (SELECT coalesce(sum(coalesce(h.final_cost_vnd, h.approved_cost_vnd)), 0)::bigint FROM welfare_homes h
    WHERE h.unit_id IN (SELECT id FROM sub) AND h.handed_on BETWEEN $2 AND $3) AS homes_cost_vnd`;
