import type { Indicator } from '../declaration';

// Figures of the member registry for the periodic reports (see reports/indicators/). Each statement reads
// indicator_scope and the period ($1, $2); a membership counts at the unit that holds it.
export const memberIndicators: readonly Indicator[] = [
  {
    key: 'members.admitted',
    vi: 'Đoàn viên kết nạp mới',
    en: 'Members admitted',
    unit: 'count',
    // new admissions only: a transfer continues a membership, it does not add a member
    sql: `SELECT s.group_id, count(*) AS value FROM indicator_scope s JOIN memberships m ON m.unit_id = s.unit_id
           WHERE m.admission_kind = 'new' AND m.admitted_on BETWEEN $1::date AND $2::date GROUP BY s.group_id`,
  },
  {
    key: 'members.left',
    vi: 'Đoàn viên ra khỏi tổ chức',
    en: 'Members who left',
    unit: 'count',
    sql: `SELECT s.group_id, count(*) AS value FROM indicator_scope s JOIN memberships m ON m.unit_id = s.unit_id
           WHERE m.status IN ('left', 'removed', 'deceased') AND m.status_on BETWEEN $1::date AND $2::date GROUP BY s.group_id`,
  },
  {
    key: 'members.active',
    vi: 'Đoàn viên đang sinh hoạt (cuối kỳ)',
    en: 'Active members (end of period)',
    unit: 'count',
    aggregation: 'latest',
    // held at the period's end: admitted by then, and not ended (or ended only after it)
    sql: `SELECT s.group_id, count(*) AS value FROM indicator_scope s JOIN memberships m ON m.unit_id = s.unit_id
           WHERE m.admitted_on <= $2::date
             AND (m.status IN ('active', 'in_transit') OR m.status_on > $2::date)
           GROUP BY s.group_id`,
  },
];
