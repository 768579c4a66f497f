import { formatDateVN } from '@congdoan/domain';

/** yyyy-mm-dd (a calendar date, no time zone) as dd/mm/yyyy. */
export function showDate(value: string | null | undefined): string {
  if (!value) return '—';
  const [y, m, d] = value.split('-');
  return y && m && d ? `${d}/${m}/${y}` : formatDateVN(value);
}
