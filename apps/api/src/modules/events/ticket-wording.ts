import { formatDateTimeVN, type EventDetail } from '@congdoan/domain';
import type { Tx } from '../../db/tx';

type Q = Pick<Tx, 'query'>;

/** What a printed ticket says above the attendee: its kind, the lines about the event, and who holds it. */
export type TicketWording = { heading: string; lines: string[]; holder: string };

/**
 * A module whose events are more than events words their tickets itself (a trip home for Tết is a bus, train or
 * plane ticket, not an admission). Returns null for events that are not its own.
 */
export type TicketWordingProvider = (db: Q, event: EventDetail) => Promise<TicketWording | null>;

const providers: TicketWordingProvider[] = [];

/** Called once by a module when it is loaded (its module.ts). */
export function addTicketWording(provider: TicketWordingProvider): void {
  if (!providers.includes(provider)) providers.push(provider);
}

/** "Số 1 Lê Duẩn · KCN Nam Đông Hà": where the event takes place, as the event page shows it. */
export const eventPlace = (e: EventDetail) =>
  [e.placeAddress, e.industrialZoneName].filter(Boolean).join(' · ') || 'Chưa có địa điểm';

/** The wording of the event's tickets: a provider's, else an admission ticket's. */
export async function ticketWording(db: Q, event: EventDetail): Promise<TicketWording> {
  for (const provider of providers) {
    const wording = await provider(db, event);
    if (wording) return wording;
  }
  return {
    heading: 'VÉ THAM DỰ',
    lines: [
      `Thời gian: ${formatDateTimeVN(event.startsAt)} – ${formatDateTimeVN(event.endsAt)}`,
      `Địa điểm: ${eventPlace(event)}`,
      `Đơn vị tổ chức: ${event.unitName}`,
    ],
    holder: 'Người tham dự',
  };
}
