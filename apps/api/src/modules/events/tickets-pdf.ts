import { AppError } from '@congdoan/domain';
import { auditEvent } from '../../db/tx';
import type { Ctx } from '../../context/context';
import { a4Document, renderPdf, type Content } from '../../kit/pdf';
import { selectEventDetail } from './events.queries';
import { listRegistrations } from './registrations';
import { drawTicket } from './ticket-pdf';
import { ticketWording } from './ticket-wording';

/**
 * Every confirmed registration's ticket, three to an A4 page, for organisers who hand tickets out on paper.
 * Same scope as the registration list (the event's organising subtree); audited with the number printed.
 */
export async function ticketsPdf(ctx: Ctx, eventId: number): Promise<{ fileName: string; body: Buffer }> {
  const registrations = (await listRegistrations(ctx, eventId)).filter((r) => r.ticketToken);
  if (registrations.length === 0) throw new AppError('NO_TICKETS_TO_PRINT', { id: eventId });
  const event = await selectEventDetail(ctx.pool, eventId);
  const wording = await ticketWording(ctx.pool, event);
  const tickets: Content[] = [];
  // three per page, always, so a stack of printed pages cuts at the same places
  for (const [i, r] of registrations.entries())
    tickets.push({
      stack: [await drawTicket(event, r, r.ticketToken!, wording)],
      ...(i > 0 && i % 3 === 0 ? { pageBreak: 'before' as const } : {}),
    });
  const body = await renderPdf(a4Document({ title: `Vé — ${event.title}`, header: event.title, content: tickets }));
  await ctx.tx('event.tickets.export', (tx) =>
    auditEvent(tx, {
      action: 'event.tickets.export',
      entityType: 'events',
      entityId: eventId,
      data: { format: 'pdf', tickets: registrations.length },
    }),
  );
  return { fileName: `ve-su-kien-${eventId}.pdf`, body };
}
