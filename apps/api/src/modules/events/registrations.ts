import { qrSvg } from '../../kit/qr';
import { AppError, Permission, type Registration } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { eventInScope } from './events.queries';
import { selectRegistrations } from './registrations.queries';
import { ticketKey } from './ticket-token';

/** Registrations of an event the actor organises (waitlist in order). */
export async function listRegistrations(ctx: Ctx, eventId: number): Promise<Registration[]> {
  const actor = requireActor(ctx);
  await eventInScope(ctx.pool, actor, eventId, true);
  return selectRegistrations(
    ctx.pool,
    await ticketKey(ctx.pool),
    'r.event_id = $1',
    [eventId],
    "ORDER BY r.status = 'cancelled', r.status = 'waitlisted', r.id",
  );
}

/** The signed-in account's own registrations for an event (to show its ticket). */
export async function myRegistrations(ctx: Ctx, eventId: number): Promise<Registration[]> {
  const actor = requireActor(ctx);
  await eventInScope(ctx.pool, actor, eventId, false);
  return selectRegistrations(ctx.pool, await ticketKey(ctx.pool), 'r.event_id = $1 AND r.user_id = $2', [
    eventId,
    actorUserId(actor),
  ]);
}

/** A confirmed registration's ticket: the signed token and its QR code (SVG). */
export async function getTicket(
  ctx: Ctx,
  eventId: number,
  registrationId: number,
): Promise<{ registration: Registration; token: string; qrSvg: string }> {
  const actor = requireActor(ctx);
  const [registration] = await selectRegistrations(
    ctx.pool,
    await ticketKey(ctx.pool),
    `r.id = $1 AND r.event_id = $2 AND (r.user_id = $3 OR u.path <@ $4::ltree[]
       OR EXISTS (SELECT 1 FROM events e JOIN org_units ou ON ou.id = e.unit_id WHERE e.id = r.event_id AND ou.path <@ $4::ltree[]))`,
    [registrationId, eventId, actorUserId(actor), scopeFor(actor, Permission.CampaignWrite)],
  );
  if (!registration?.ticketToken) throw new AppError('REGISTRATION_NOT_FOUND', { id: registrationId });
  return { registration, token: registration.ticketToken, qrSvg: await qrSvg(registration.ticketToken) };
}
