import type { Indicator } from '../declaration';
import { rowIndicator } from '../row-indicator';

// Figures of the organisation tree for the periodic reports (see reports/indicators/).
export const orgUnitIndicators: readonly Indicator[] = [
  rowIndicator(
    {
      key: 'org.grassroots_founded',
      vi: 'Công đoàn cơ sở thành lập mới',
      en: 'Grassroots unions founded',
      unit: 'count',
    },
    {
      from: 'JOIN org_units u ON u.id = s.unit_id',
      where: `u.kind = 'grassroots_union' AND u.founded_on BETWEEN $1::date AND $2::date`,
      row: { id: 'u.id', label: 'u.name', onDate: 'u.founded_on' },
    },
  ),
];
