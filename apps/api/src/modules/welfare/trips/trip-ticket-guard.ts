import { AppError } from '@congdoan/domain';
import type { RegistrationGuard } from '../../events';
import { nominatedSql } from '../welfare.queries';

/**
 * Registering for a trip takes one ticket from the quota of the nearest unit at or above the registrant's unit
 * (the welfare quota tree). The owner's own quota is the programme's total, to be handed down: only the owner
 * unit's own members draw on it directly. The quota row is locked before anything is counted, so concurrent
 * registrations of one unit queue there and never take more than it was given; one ticket per person per
 * programme is checked under the same lock. A cancelled registration or trip gives its ticket back. Runs inside the event registration (events/register.ts).
 */
export const tripTicketGuard: RegistrationGuard = async (tx, reg) => {
  const { rows: trips } = await tx.query<{ id: number; programmeId: number }>(
    'SELECT id::int, programme_id::int AS "programmeId" FROM welfare_trips WHERE event_id = $1',
    [reg.eventId],
  );
  const trip = trips[0];
  if (!trip) return;
  const { rows: quotas } = await tx.query<{ id: number; unitName: string; count: number }>(
    `SELECT q.id::int, u.name AS "unitName", q.count FROM welfare_quotas q JOIN org_units u ON u.id = q.unit_id
      WHERE q.programme_id = $1 AND u.path @> $2::ltree AND (q.parent_quota_id IS NOT NULL OR u.id = $3)
      ORDER BY nlevel(u.path) DESC LIMIT 1`,
    [trip.programmeId, reg.unitPath, reg.unitId],
  );
  const quota = quotas[0];
  if (!quota || quota.count === 0) {
    const { rows } = await tx.query<{ name: string }>('SELECT name FROM org_units WHERE id = $1', [reg.unitId]);
    throw new AppError('WELFARE_TICKET_NO_QUOTA', { unit: quota?.unitName ?? rows[0]?.name ?? '' });
  }
  // Lock first, count after: a fresh statement once the lock is held sees every ticket committed before it.
  await tx.query('SELECT id FROM welfare_quotas WHERE id = $1 FOR UPDATE', [quota.id]);
  const { rows: held } = await tx.query<{ title: string }>(
    `SELECT e.title FROM welfare_trip_tickets k JOIN welfare_trips t ON t.id = k.trip_id
       JOIN events e ON e.id = t.event_id JOIN registrations r ON r.id = k.registration_id
      WHERE t.programme_id = $1 AND r.status <> 'cancelled' AND e.cancelled_at IS NULL
        AND (r.person_id = $2 OR r.user_id = $3) LIMIT 1`,
    [trip.programmeId, reg.personId, reg.userId],
  );
  if (held[0]) throw new AppError('WELFARE_TICKET_ALREADY_HELD', { trip: held[0].title });
  const { rows: free } = await tx.query<{ count: number; free: number }>(
    `SELECT q.count, (q.count - ${nominatedSql}
              - coalesce((SELECT sum(c.count) FROM welfare_quotas c WHERE c.parent_quota_id = q.id), 0))::int AS free
       FROM welfare_quotas q WHERE q.id = $1`,
    [quota.id],
  );
  if (free[0]!.free < 1)
    throw new AppError('WELFARE_TICKET_QUOTA_FULL', { unit: quota.unitName, count: free[0]!.count });
  await tx.query('INSERT INTO welfare_trip_tickets (registration_id, trip_id, quota_id) VALUES ($1, $2, $3)', [
    reg.registrationId,
    trip.id,
    quota.id,
  ]);
};
