import { todayVN } from './dates';

/**
 * A petition's reference as printed on its receipt and shown on screen: "KN-2026-000123", the year it was received
 * (Vietnam time) and its id. The id alone is unique; the year helps a person reading it over the phone.
 */
export function petitionReference(id: number, createdAt: Date | string): string {
  return `KN-${todayVN(new Date(createdAt)).slice(0, 4)}-${String(id).padStart(6, '0')}`;
}
