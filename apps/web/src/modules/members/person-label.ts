import type { MemberSummary } from '@congdoan/domain';

/**
 * What tells two people of the same name apart in a picker: birth year, grassroots union and the
 * last 3 digits of the CCCD — only when the list gave the whole number (the actor may read personal
 * data); a masked number ("*********123") shows nothing, so the picker reveals no more than the page.
 */
export function personDetails(m: Pick<MemberSummary, 'birthDate' | 'cccd' | 'unit'>, cccdLabel: string): string {
  const parts: string[] = [];
  if (m.birthDate) parts.push(m.birthDate.slice(0, 4));
  if (m.unit) parts.push(m.unit.name);
  if (m.cccd && /^\d{12}$/.test(m.cccd)) parts.push(`${cccdLabel} …${m.cccd.slice(-3)}`);
  return parts.join(' · ');
}
