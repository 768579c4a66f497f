import { AppError, tripBody, type TripBody } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../../context/context';
import { ticketsProgrammeToManage, tripTitle } from './trip.queries';

/**
 * Change a trip and its event together. Seats never drop below the registrations already confirmed: the event's
 * seat counter is locked first (the order register and cancel use), so no registration slips in meanwhile.
 */
export async function updateTrip(ctx: Ctx, tripId: number, raw: TripBody): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  const input = tripBody.parse(raw);
  if (input.arrivesAt && new Date(input.arrivesAt) < new Date(input.departsAt)) {
    throw new AppError('WELFARE_TRIP_TIME_INVALID');
  }
  return ctx.tx('welfare_trip.update', async (tx) => {
    const { rows: trip } = await tx.query<{ programmeId: number; eventId: number }>(
      'SELECT programme_id::int AS "programmeId", event_id::int AS "eventId" FROM welfare_trips WHERE id = $1',
      [tripId],
    );
    if (!trip[0]) throw new AppError('WELFARE_TRIP_NOT_FOUND', { id: tripId });
    await ticketsProgrammeToManage(tx, actor, trip[0].programmeId).catch((e: unknown) => {
      throw e instanceof AppError && e.code === 'WELFARE_PROGRAMME_NOT_FOUND'
        ? new AppError('WELFARE_TRIP_NOT_FOUND', { id: tripId })
        : e;
    });
    const { eventId } = trip[0];
    const { rows: seats } = await tx.query<{ taken: number }>(
      'SELECT taken FROM event_seat_counts WHERE event_id = $1 FOR UPDATE',
      [eventId],
    );
    const { rows: ev } = await tx.query<{ reason: string | null; cancelled: boolean }>(
      'SELECT cancel_reason AS reason, cancelled_at IS NOT NULL AS cancelled FROM events WHERE id = $1 FOR UPDATE',
      [eventId],
    );
    if (ev[0]!.cancelled) throw new AppError('EVENT_CANCELLED', { reason: ev[0]!.reason });
    const taken = seats[0]?.taken ?? 0;
    if (input.seats < taken) throw new AppError('WELFARE_TRIP_SEATS_BELOW_TAKEN', { seats: input.seats, taken });
    await tx.query(
      `UPDATE events SET title = $2, starts_at = $3, ends_at = $4, place_address = $5, description = $6, capacity = $7,
              closes_at = $3 WHERE id = $1`,
      [
        eventId,
        tripTitle(input),
        input.departsAt,
        input.arrivesAt ?? input.departsAt,
        input.pickupPlace,
        [input.operator, input.vehicleRef].filter(Boolean).join(' · '),
        input.seats,
      ],
    );
    await tx.query(
      `UPDATE welfare_trips SET transport = $2, origin = $3, destination = $4, operator = $5, vehicle_ref = $6
        WHERE id = $1`,
      [tripId, input.transport, input.origin, input.destination, input.operator, input.vehicleRef ?? null],
    );
    return { id: tripId };
  });
}
