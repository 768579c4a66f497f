import type { Indicator } from '../declaration';

// Figures of the organisation tree for the periodic reports (see reports/indicators/).
export const orgUnitIndicators: readonly Indicator[] = [
  {
    key: 'org.grassroots_founded',
    vi: 'Công đoàn cơ sở thành lập mới',
    en: 'Grassroots unions founded',
    unit: 'count',
    sql: `SELECT s.group_id, count(*) AS value FROM indicator_scope s JOIN org_units u ON u.id = s.unit_id
           WHERE u.kind = 'grassroots_union' AND u.founded_on BETWEEN $1::date AND $2::date GROUP BY s.group_id`,
  },
];
