import { AppError, Permission, type Registration } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { selectRegistrations, takeQuotaSeat, takeSeat } from './registrations.queries';
import { newTicketCode, ticketKey } from './ticket-token';

/**
 * Cancel a registration (the registrant's own, or any in the organiser's or the registrant's unit scope).
 * A freed seat goes to the first waitlisted registrant whose quota still has room, in the same transaction.
 */
export async function cancelRegistration(ctx: Ctx, eventId: number, registrationId: number): Promise<Registration> {
  const actor = requireActor(ctx);
  const key = await ticketKey(ctx.pool);
  await ctx.tx('event.cancel_registration', async (tx) => {
    const scopes = scopeFor(actor, Permission.CampaignWrite);
    const { rows } = await tx.query<{ status: string; quotaId: number | null }>(
      `SELECT r.status, r.quota_id::int AS "quotaId" FROM registrations r
         JOIN org_units ru ON ru.id = r.unit_id JOIN events e ON e.id = r.event_id JOIN org_units ou ON ou.id = e.unit_id
        WHERE r.id = $1 AND r.event_id = $2 AND (r.user_id = $3 OR ru.path <@ $4::ltree[] OR ou.path <@ $4::ltree[])`,
      [registrationId, eventId, actorUserId(actor), scopes],
    );
    const reg = rows[0];
    if (!reg || reg.status === 'cancelled') throw new AppError('REGISTRATION_NOT_FOUND', { id: registrationId });
    // lock order as in register: the event counter first, then a quota counter
    await tx.query('SELECT 1 FROM event_seat_counts WHERE event_id = $1 FOR UPDATE', [eventId]);
    const { rowCount } = await tx.query(
      `UPDATE registrations SET status = 'cancelled', cancelled_at = now() WHERE id = $1 AND status <> 'cancelled'`,
      [registrationId],
    );
    if (rowCount !== 1) throw new AppError('REGISTRATION_NOT_FOUND', { id: registrationId });
    if (reg.status !== 'confirmed') return;
    await tx.query('UPDATE event_seat_counts SET taken = taken - 1 WHERE event_id = $1', [eventId]);
    if (reg.quotaId)
      await tx.query('UPDATE quota_seat_counts SET taken = taken - 1 WHERE quota_id = $1', [reg.quotaId]);
    const { rows: waiting } = await tx.query<{ id: number; quotaId: number | null }>(
      `SELECT id::int, quota_id::int AS "quotaId" FROM registrations
        WHERE event_id = $1 AND status = 'waitlisted' ORDER BY id FOR UPDATE`,
      [eventId],
    );
    for (const next of waiting) {
      if (next.quotaId && !(await takeQuotaSeat(tx, next.quotaId))) continue;
      if (!(await takeSeat(tx, eventId))) break;
      await tx.query(
        `UPDATE registrations SET status = 'confirmed', confirmed_at = now(), ticket_code = $2 WHERE id = $1`,
        [next.id, newTicketCode()],
      );
      break;
    }
  });
  const [registration] = await selectRegistrations(ctx.pool, key, 'r.id = $1', [registrationId]);
  return registration!;
}
