import { AppError, tripBody, type TripBody } from '@congdoan/domain';
import { actorUserId } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { ticketsProgrammeToManage, tripTitle } from './trip.queries';

/**
 * A trip of a tickets-home programme, created with its event in one transaction: the event carries the seats
 * (capacity, no waitlist), the departure (start) and the pickup place, and takes registrations from the
 * programme's eligible units until departure. Which units may register, and how many, the quotas decide.
 */
export async function createTrip(ctx: Ctx, programmeId: number, raw: TripBody): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  const input = tripBody.parse(raw);
  if (input.arrivesAt && new Date(input.arrivesAt) < new Date(input.departsAt)) {
    throw new AppError('WELFARE_TRIP_TIME_INVALID');
  }
  return ctx.tx('welfare_trip.create', async (tx) => {
    const p = await ticketsProgrammeToManage(tx, actor, programmeId);
    const { rows: event } = await tx.query<{ id: number }>(
      `INSERT INTO events (unit_id, campaign_id, title, kind, starts_at, ends_at, place_address, description,
          registration_enabled, capacity, waitlist_enabled, closes_at, eligible_unit_id, members_only, created_by)
       SELECT p.unit_id, p.campaign_id, $2, 'other', $3, $4, $5, $6, true, $7, false, $3, p.eligible_unit_id, true, $8
         FROM welfare_programmes p WHERE p.id = $1 RETURNING id::int`,
      [
        p.id,
        tripTitle(input),
        input.departsAt,
        input.arrivesAt ?? input.departsAt,
        input.pickupPlace,
        [input.operator, input.vehicleRef].filter(Boolean).join(' · '),
        input.seats,
        actorUserId(actor),
      ],
    );
    const eventId = event[0]!.id;
    await tx.query('INSERT INTO event_seat_counts (event_id) VALUES ($1)', [eventId]);
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO welfare_trips (programme_id, event_id, transport, origin, destination, operator, vehicle_ref, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id::int`,
      [
        p.id,
        eventId,
        input.transport,
        input.origin,
        input.destination,
        input.operator,
        input.vehicleRef ?? null,
        actorUserId(actor),
      ],
    );
    return { id: rows[0]!.id };
  });
}
