import type { Indicator } from '../declaration';
import { rowIndicator, vnDayInPeriod } from '../row-indicator';

// Figures of petitions (kiến nghị) for the periodic reports (see reports/indicators/). A petition counts
// where it was raised (origin), not where it is handled now: escalation must not move it between units.
// A consolidated petition only gathers others, so the petitions gathered into it are what count; an answer
// to the consolidated petition answers each of them.
const day = (column: string) => `(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
const inPeriod = (column: string) => `${day(column)} BETWEEN $1::date AND $2::date`;
const from = 'JOIN petitions p ON p.origin_unit_id = s.unit_id';

export const petitionIndicators: readonly Indicator[] = [
  rowIndicator(
    { key: 'petitions.received', vi: 'Kiến nghị tiếp nhận', en: 'Petitions received', unit: 'count' },
    {
      from,
      federation: 'p.federation_id',
      where: `NOT p.is_consolidated AND ${vnDayInPeriod('p.created_at')}`,
      row: { id: 'p.id', label: 'p.title', onDate: day('p.created_at') },
    },
  ),
  rowIndicator(
    { key: 'petitions.answered', vi: 'Kiến nghị được trả lời', en: 'Petitions answered', unit: 'count' },
    {
      from: `${from} LEFT JOIN petitions c ON c.id = p.consolidated_into_id`,
      federation: 'p.federation_id',
      where: `NOT p.is_consolidated AND ${inPeriod('coalesce(p.answered_at, c.answered_at)')}`,
      row: { id: 'p.id', label: 'p.title', onDate: day('coalesce(p.answered_at, c.answered_at)') },
    },
  ),
  {
    key: 'petitions.answered_rate',
    vi: 'Tỷ lệ kiến nghị được trả lời',
    en: 'Share of petitions answered',
    unit: 'percent',
    aggregation: 'ratio',
    ratioOf: { numerator: 'petitions.answered', denominator: 'petitions.received' },
  },
];
