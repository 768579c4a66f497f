// Tickets allocated, registered and used of a programme, for its page. A subtree's figures for the periodic
// reports are the report engine's (../report-indicators.ts), over the trips departing in the period.
import type { TicketFigures } from '@congdoan/domain';
import type { Tx } from '../../../db/tx';

type Q = Pick<Tx, 'query'>;

// A ticket is registered while its registration is confirmed, and used once it was scanned at boarding.
const registered = `r.status = 'confirmed'`;
const used = `r.status = 'confirmed' AND r.checked_in_at IS NOT NULL`;

/** A programme's figures: allocated is its total (the owner's quota); the rest over its trips not cancelled. */
export async function programmeTicketFigures(db: Q, programmeId: number): Promise<TicketFigures & { seats: number }> {
  const { rows } = await db.query<TicketFigures & { seats: number }>(
    `SELECT coalesce((SELECT q.count FROM welfare_quotas q WHERE q.programme_id = $1 AND q.parent_quota_id IS NULL), 0)
              AS allocated,
            (SELECT coalesce(sum(e.capacity), 0) FROM welfare_trips t JOIN events e ON e.id = t.event_id
              WHERE t.programme_id = $1 AND e.cancelled_at IS NULL)::int AS seats,
            (SELECT count(*) FROM welfare_trips t JOIN events e ON e.id = t.event_id
               JOIN registrations r ON r.event_id = t.event_id
              WHERE t.programme_id = $1 AND e.cancelled_at IS NULL AND ${registered})::int AS registered,
            (SELECT count(*) FROM welfare_trips t JOIN events e ON e.id = t.event_id
               JOIN registrations r ON r.event_id = t.event_id
              WHERE t.programme_id = $1 AND e.cancelled_at IS NULL AND ${used})::int AS used`,
    [programmeId],
  );
  return rows[0]!;
}
