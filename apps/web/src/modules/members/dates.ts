import { formatDateVN, formatPartialDateVN } from '@congdoan/domain';

/**
 * A calendar date as Vietnamese write it: yyyy-mm-dd as dd/mm/yyyy, and a date known only to the month
 * or year ("1990-03", "1992") as "03/1990" or "1992" — never an invented 01/01.
 */
export function showDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}(-\d{2}){0,2}$/.test(value)) return formatPartialDateVN(value);
  return formatDateVN(value);
}
