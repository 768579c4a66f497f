import { formatMoneyVN, formatNumberVN } from '@congdoan/domain';

/** A figure as the page writes it: counts and money the Vietnamese way, percentages with " %". */
export function formatFigure(value: number, unit: 'count' | 'vnd' | 'percent'): string {
  if (unit === 'vnd') return formatMoneyVN(value);
  if (unit === 'percent') return `${formatNumberVN(value)} %`;
  return formatNumberVN(value);
}
