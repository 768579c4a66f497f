import { AppError, formatDateTimeVN, Permission, type Registration } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { eventInScope } from './events.queries';
import { runRegistrationGuards } from './registration-guards';
import { selectRegistrations, takeQuotaSeat, takeSeat } from './registrations.queries';
import { newTicketCode, ticketKey } from './ticket-token';

type Registrant = {
  personId: number | null;
  userId: number | null;
  fullName: string;
  unitId: number;
  path: string;
  member: boolean;
};

/**
 * Register a member (staff on their behalf, `personId`) or the signed-in account for an event.
 * Seats are taken with a conditional UPDATE on the event's counter row (taken < capacity) inside the
 * transaction, so concurrent registrations queue on that row and can never oversell; a full event
 * puts the registrant on the waitlist. Any refusal rolls everything back.
 */
export async function register(
  ctx: Ctx,
  eventId: number,
  input: { personId?: number | undefined },
): Promise<Registration> {
  const actor = requireActor(ctx);
  const key = await ticketKey(ctx.pool);
  // Read-only checks first, outside the transaction: a refused attempt (full, twice, outside scope)
  // costs no transaction and takes no lock; the seat itself is decided under the counter row's lock below.
  const db = ctx.pool;
  const event = await eventInScope(db, actor, eventId, false);
  if (event.cancelled) throw new AppError('EVENT_CANCELLED', { reason: event.cancelReason });
  if (!event.registrationEnabled) throw new AppError('REGISTRATION_DISABLED');
  const now = ctx.now();
  if (event.opensAt && now < event.opensAt)
    throw new AppError('REGISTRATION_NOT_OPEN', { opensAt: formatDateTimeVN(event.opensAt) });
  if (event.closesAt && now > event.closesAt)
    throw new AppError('REGISTRATION_CLOSED', { closesAt: formatDateTimeVN(event.closesAt) });
  // fast refusal when every seat is taken and there is no waitlist (re-checked under the lock)
  if (!event.waitlistEnabled && event.capacity !== null && event.taken >= event.capacity)
    throw new AppError('EVENT_FULL');
  let who: Registrant | undefined;
  if (input.personId) {
    const { rows } = await db.query<Registrant>(
      `SELECT p.id::int AS "personId", NULL AS "userId", p.full_name AS "fullName", p.unit_id::int AS "unitId",
              u.path::text AS path, p.member_status = 'active' AS member
         FROM persons p JOIN org_units u ON u.id = p.unit_id
        WHERE p.id = $1 AND p.merged_into_id IS NULL AND u.path <@ $2::ltree[]`,
      [input.personId, scopeFor(actor, Permission.CampaignWrite)],
    );
    if (!rows[0]) throw new AppError('PERSON_NOT_FOUND', { id: input.personId });
    who = rows[0];
  } else {
    const { rows } = await db.query<Registrant>(
      `SELECT NULL AS "personId", a.id::int AS "userId", a.display_name AS "fullName", a.home_unit_id::int AS "unitId",
              u.path::text AS path, false AS member
         FROM app_users a JOIN org_units u ON u.id = a.home_unit_id WHERE a.id = $1`,
      [actorUserId(actor)],
    );
    if (!rows[0]) throw new AppError('PERSON_NOT_FOUND', { id: actor.userId });
    who = rows[0];
  }
  if (!(who.path === event.eligiblePath || who.path.startsWith(event.eligiblePath + '.')))
    throw new AppError('NOT_ELIGIBLE');
  if (event.membersOnly && !who.member) throw new AppError('MEMBERS_ONLY');
  const { rows: dup } = await db.query(
    `SELECT 1 FROM registrations WHERE event_id = $1 AND status <> 'cancelled'
        AND (person_id = $2 OR user_id = $3)`,
    [eventId, who.personId, who.userId],
  );
  if (dup[0]) throw new AppError('ALREADY_REGISTERED');
  // the most specific quota that covers the registrant's unit
  const { rows: quotas } = await db.query<{ id: number; capacity: number; unitName: string; taken: number }>(
    `SELECT q.id::int, q.capacity, qu.name AS "unitName", coalesce(s.taken, 0) AS taken
       FROM event_quotas q JOIN org_units qu ON qu.id = q.unit_id LEFT JOIN quota_seat_counts s ON s.quota_id = q.id
      WHERE q.event_id = $1 AND qu.path @> $2::ltree ORDER BY nlevel(qu.path) DESC LIMIT 1`,
    [eventId, who.path],
  );
  const quota = quotas[0];
  const overQuota = () => new AppError('OVER_QUOTA', { unit: quota!.unitName, capacity: quota!.capacity });
  // Full when read above (with a waitlist): queue without touching the seat counters; a seat freed later goes
  // to the waitlist in order (promoteWaitlist).
  const seatWanted = event.capacity === null || event.taken < event.capacity;
  const id = await ctx.tx('event.register', async (tx) => {
    // The counter rows are what every registration of a flash queues on, and their locks last until commit:
    // write the registration first and take the seats last, so the rows are held for as short as possible.
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO registrations (event_id, unit_id, person_id, user_id, full_name, quota_id, status, ticket_code,
                                  registered_by, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $7 = 'confirmed' THEN now() END)
       ON CONFLICT DO NOTHING RETURNING id::int`,
      [
        eventId,
        who.unitId,
        who.personId,
        who.userId,
        who.fullName,
        quota?.id ?? null,
        seatWanted ? 'confirmed' : 'waitlisted',
        seatWanted ? newTicketCode() : null,
        actorUserId(actor),
      ],
    );
    if (!rows[0]) throw new AppError('ALREADY_REGISTERED');
    const registrationId = rows[0].id;
    // other modules' conditions (a trip's unit quota), decided under their own locks before the seat counters'
    await runRegistrationGuards(tx, {
      eventId,
      registrationId,
      unitId: who.unitId,
      unitPath: who.path,
      personId: who.personId,
      userId: who.userId,
    });
    if (quota && (seatWanted ? !(await takeQuotaSeat(tx, quota.id)) : quota.taken >= quota.capacity)) throw overQuota();
    const seated = seatWanted && (await takeSeat(tx, eventId));
    // takeSeat waited on the counter row that cancelEvent locks, so this read sees a cancel that just committed
    const { rows: live } = await tx.query<{ reason: string | null }>(
      'SELECT cancel_reason AS reason FROM events WHERE id = $1 AND cancelled_at IS NOT NULL',
      [eventId],
    );
    if (live[0]) throw new AppError('EVENT_CANCELLED', { reason: live[0].reason });
    if (!seated && !event.waitlistEnabled) throw new AppError('EVENT_FULL');
    if (seatWanted && !seated) {
      // the last seat went between the read above and now: on the waitlist, so no quota seat and no ticket
      if (quota) await tx.query('UPDATE quota_seat_counts SET taken = taken - 1 WHERE quota_id = $1', [quota.id]);
      await tx.query(
        `UPDATE registrations SET status = 'waitlisted', ticket_code = NULL, confirmed_at = NULL WHERE id = $1`,
        [registrationId],
      );
    }
    return registrationId;
  });
  const [registration] = await selectRegistrations(ctx.pool, key, 'r.id = $1', [id]);
  return registration!;
}
