import type pg from 'pg';
import type { Registration } from '@congdoan/domain';
import { newTicketCode, signTicket } from './ticket-token';

/** Registrations of `r` with their unit; the ticket token only for confirmed ones. */
export async function selectRegistrations(
  db: pg.Pool | pg.PoolClient,
  key: Buffer,
  where: string,
  params: unknown[],
  tail = 'ORDER BY r.id',
): Promise<Registration[]> {
  const { rows } = await db.query<Registration & { ticketCode: string | null }>(
    `SELECT r.id::int, r.event_id::int AS "eventId", r.status, r.full_name AS "fullName", r.unit_id::int AS "unitId",
            u.name AS "unitName", r.person_id::int AS "personId", r.user_id::int AS "userId",
            r.checked_in_at AS "checkedInAt", r.created_at AS "createdAt", r.ticket_code AS "ticketCode"
       FROM registrations r JOIN org_units u ON u.id = r.unit_id WHERE ${where} ${tail}`,
    params,
  );
  return rows.map(({ ticketCode, ...r }) => ({
    ...r,
    checkedInAt: r.checkedInAt ? new Date(r.checkedInAt).toISOString() : null,
    createdAt: new Date(r.createdAt).toISOString(),
    ticketToken: r.status === 'confirmed' && ticketCode ? signTicket(key, r.eventId, ticketCode) : null,
  }));
}

/** Take one seat of the event (and of its quota) if one is free; false when full. Locks the counter rows. */
export async function takeSeat(tx: pg.PoolClient, eventId: number): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE event_seat_counts s SET taken = s.taken + 1 FROM events e
      WHERE s.event_id = $1 AND e.id = s.event_id AND s.taken < e.capacity`,
    [eventId],
  );
  return rowCount === 1;
}

export async function takeQuotaSeat(tx: pg.PoolClient, quotaId: number): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE quota_seat_counts s SET taken = s.taken + 1 FROM event_quotas q
      WHERE s.quota_id = $1 AND q.id = s.quota_id AND s.taken < q.capacity`,
    [quotaId],
  );
  return rowCount === 1;
}

/**
 * Give free seats to waitlisted registrants in order (skipping one whose quota is full), until the event
 * is full. The caller holds the event's counter row.
 */
export async function promoteWaitlist(tx: pg.PoolClient, eventId: number): Promise<number> {
  const { rows: waiting } = await tx.query<{ id: number; quotaId: number | null }>(
    `SELECT id::int, quota_id::int AS "quotaId" FROM registrations
      WHERE event_id = $1 AND status = 'waitlisted' ORDER BY id FOR UPDATE`,
    [eventId],
  );
  let promoted = 0;
  for (const next of waiting) {
    if (!(await takeSeat(tx, eventId))) break;
    if (next.quotaId && !(await takeQuotaSeat(tx, next.quotaId))) {
      await tx.query('UPDATE event_seat_counts SET taken = taken - 1 WHERE event_id = $1', [eventId]);
      continue;
    }
    await tx.query(
      `UPDATE registrations SET status = 'confirmed', confirmed_at = now(), ticket_code = $2 WHERE id = $1`,
      [next.id, newTicketCode()],
    );
    promoted++;
  }
  return promoted;
}
