import { inFederations, type Indicator } from '../declaration';
import { rowIndicator } from '../row-indicator';

// Figures of the member registry for the periodic reports (see reports/indicators/). Each statement reads
// indicator_scope and the period ($1, $2); a membership counts at the unit that holds it. The drill-down
// shows the member's name only (no ID number, no phone).
const membership = {
  from: 'JOIN memberships m ON m.unit_id = s.unit_id',
  federation: 'm.federation_id',
  row: (onDate: string) => ({
    id: 'm.id',
    label: '(SELECT p.full_name FROM persons p WHERE p.id = m.person_id)',
    onDate,
  }),
};

export const memberIndicators: readonly Indicator[] = [
  rowIndicator(
    { key: 'members.admitted', vi: 'Đoàn viên kết nạp mới', en: 'Members admitted', unit: 'count' },
    {
      from: membership.from,
      // new admissions only: a transfer continues a membership, it does not add a member
      where: `m.admission_kind = 'new' AND m.admitted_on BETWEEN $1::date AND $2::date`,
      federation: membership.federation,
      row: membership.row('m.admitted_on'),
    },
  ),
  rowIndicator(
    { key: 'members.left', vi: 'Đoàn viên ra khỏi tổ chức', en: 'Members who left', unit: 'count' },
    {
      from: membership.from,
      where: `m.status IN ('left', 'removed', 'deceased') AND m.status_on BETWEEN $1::date AND $2::date`,
      federation: membership.federation,
      row: membership.row('m.status_on'),
    },
  ),
  {
    ...rowIndicator(
      {
        key: 'members.active',
        vi: 'Đoàn viên đang sinh hoạt (cuối kỳ)',
        en: 'Active members (end of period)',
        unit: 'count',
        aggregation: 'latest',
      },
      {
        from: membership.from,
        // held at the period's end: admitted by then, and not ended (or ended only after it)
        where: `m.admitted_on <= $2::date AND (m.status IN ('active', 'in_transit') OR m.status_on > $2::date)`,
        row: membership.row('m.admitted_on'),
      },
    ),
    // The same figure without reading every membership of the subtree (13 M at the nation): today's open
    // memberships (the maintained rollup) less those admitted after the day, plus those ended after it that were
    // held then — two date ranges of indexes (of the scope's federations). The drill-down lists the rows of the condition above.
    sql: `SELECT s.group_id, sum(c.n) AS value FROM indicator_scope s JOIN (
            SELECT unit_id, n FROM unit_member_stats WHERE status IN ('active', 'in_transit')
            UNION ALL
            SELECT m.unit_id, -1 FROM memberships m
             WHERE m.admitted_on > $2::date AND m.status IN ('active', 'in_transit') AND ${inFederations('m.federation_id')}
            UNION ALL
            SELECT m.unit_id, 1 FROM memberships m
             WHERE m.status_on > $2::date AND m.admitted_on <= $2::date AND m.status NOT IN ('active', 'in_transit')
               AND ${inFederations('m.federation_id')}
          ) c ON c.unit_id = s.unit_id
          GROUP BY s.group_id`,
  },
];
