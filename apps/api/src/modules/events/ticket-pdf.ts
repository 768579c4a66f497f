import type { EventDetail, Registration } from '@congdoan/domain';
import { auditEvent } from '../../db/tx';
import type { Ctx } from '../../context/context';
import { a4Document, mm, qrPngDataUrl, renderPdf, type Content } from '../../kit/pdf';
import { selectEventDetail } from './events.queries';
import { getTicket } from './registrations';
import { ticketWording, type TicketWording } from './ticket-wording';

const red = '#c8102e';

/**
 * One ticket as a framed block that never splits across pages: its kind, the event, time and place (in the
 * `wording` of the event's kind), the holder, and the signed token as a 45 mm QR code (what check-in scans)
 * with the token in text for staff to type.
 */
export async function drawTicket(
  event: EventDetail,
  registration: Registration,
  token: string,
  wording: TicketWording,
): Promise<Content> {
  return {
    unbreakable: true,
    margin: [0, 0, 0, mm(6)],
    table: {
      widths: ['*', mm(48)],
      body: [
        [
          {
            stack: [
              { text: wording.heading, bold: true, color: red, fontSize: 10 },
              { text: event.title, bold: true, fontSize: 14, margin: [0, 4, 0, 6] },
              ...wording.lines.map((text) => ({ text })),
              { text: wording.holder, color: '#555', fontSize: 9, margin: [0, 10, 0, 0] },
              { text: registration.fullName, bold: true, fontSize: 13 },
              { text: registration.unitName },
              { text: `Mã vé: ${token}`, fontSize: 7, color: '#555', margin: [0, 10, 0, 0] },
            ],
            margin: [mm(2), mm(2), 0, mm(2)],
          },
          { image: await qrPngDataUrl(token), width: mm(45), height: mm(45), margin: [0, mm(2), 0, 0] },
        ],
      ],
    },
    layout: {
      hLineColor: () => red,
      vLineColor: (i: number) => (i === 1 ? '#ffffff' : red),
    },
  };
}

/** One registration's ticket as a PDF (who may see the ticket on screen may download it); audited. */
export async function ticketPdf(
  ctx: Ctx,
  eventId: number,
  registrationId: number,
): Promise<{ fileName: string; body: Buffer }> {
  const { registration, token } = await getTicket(ctx, eventId, registrationId);
  const event = await selectEventDetail(ctx.pool, eventId);
  const body = await renderPdf(
    a4Document({
      title: `Vé — ${event.title}`,
      content: [await drawTicket(event, registration, token, await ticketWording(ctx.pool, event))],
    }),
  );
  await ctx.tx('event.ticket.export', (tx) =>
    auditEvent(tx, {
      action: 'event.ticket.export',
      entityType: 'registrations',
      entityId: registrationId,
      data: { format: 'pdf', eventId },
    }),
  );
  return { fileName: `ve-${eventId}-${registrationId}.pdf`, body };
}
