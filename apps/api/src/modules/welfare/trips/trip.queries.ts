// SQL shared by the trip use cases.
import { AppError, Permission, type TripRow } from '@congdoan/domain';
import { pathInScope, scopeFor, type Actor } from '../../../context/actor';
import type { Tx } from '../../../db/tx';
import { programmeFor, type ProgrammeRow } from '../welfare.queries';

type Q = Pick<Tx, 'query'>;

const transportLabel = { bus: 'Xe khách', train: 'Tàu hỏa', plane: 'Máy bay' } as const;

/** "Xe khách: TP. Hồ Chí Minh – Vinh": the event's title, so the calendar, the ticket and check-in name the trip. */
export const tripTitle = (t: { transport: keyof typeof transportLabel; origin: string; destination: string }) =>
  `${transportLabel[t.transport]}: ${t.origin} – ${t.destination}`;

/** The programme a trip is added to or changed in: managed by the actor (owner in welfare.write) and of the right kind. */
export async function ticketsProgrammeToManage(tx: Q, actor: Actor, programmeId: number): Promise<ProgrammeRow> {
  const p = await programmeFor(tx, programmeId, scopeFor(actor, Permission.WelfareRead));
  if (!pathInScope(p.ownerPath, scopeFor(actor, Permission.WelfareWrite))) {
    throw new AppError('WELFARE_PROGRAMME_NOT_FOUND', { id: programmeId });
  }
  if (p.kind !== 'tet_tickets') throw new AppError('WELFARE_NOT_TICKETS');
  return p;
}

/** Trips with their seats (the event's capacity) and how many registered and boarded. */
export async function selectTrips(db: Q, where: string, params: unknown[]): Promise<TripRow[]> {
  const { rows } = await db.query<TripRow>(
    `SELECT t.id::int, t.programme_id::int AS "programmeId", t.event_id::int AS "eventId", e.title, t.transport,
            t.origin, t.destination, t.operator, t.vehicle_ref AS "vehicleRef", coalesce(e.place_address, '') AS "pickupPlace",
            e.starts_at AS "departsAt", CASE WHEN e.ends_at > e.starts_at THEN e.ends_at END AS "arrivesAt",
            coalesce(e.capacity, 0) AS seats,
            (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'confirmed')::int AS registered,
            (SELECT count(*) FROM registrations r WHERE r.event_id = e.id AND r.status = 'confirmed'
                AND r.checked_in_at IS NOT NULL)::int AS boarded,
            e.cancelled_at IS NOT NULL AS cancelled
       FROM welfare_trips t JOIN events e ON e.id = t.event_id WHERE ${where} ORDER BY e.starts_at, t.id`,
    params,
  );
  return rows.map((r) => ({
    ...r,
    departsAt: new Date(r.departsAt).toISOString(),
    arrivesAt: r.arrivesAt ? new Date(r.arrivesAt).toISOString() : null,
  }));
}
