// Tickets allocated, registered and used: the one place these figures are computed, for the programme page
// and for the periodic reports (indicators.ts).
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

/**
 * A unit subtree's figures over the trips departing in a period (Vietnam dates): registered and used by
 * registrants of the subtree (where their unit sits today); allocated is what the quotas gave the subtree in
 * those trips' programmes, counting only the highest quota inside it so a quota passed down is not counted twice.
 */
export async function unitTicketFigures(
  db: Q,
  unitId: number,
  period: { from: string; to: string },
): Promise<TicketFigures> {
  const { rows } = await db.query<TicketFigures>(
    `WITH top AS (SELECT path FROM org_units WHERE id = $1),
          trips AS (SELECT t.programme_id, t.event_id FROM welfare_trips t JOIN events e ON e.id = t.event_id
                     WHERE e.cancelled_at IS NULL
                       AND (e.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2::date AND $3::date),
          regs AS (SELECT r.status, r.checked_in_at FROM registrations r JOIN org_units u ON u.id = r.unit_id, top
                    WHERE r.event_id IN (SELECT event_id FROM trips) AND u.path <@ top.path)
     SELECT (SELECT coalesce(sum(q.count), 0) FROM welfare_quotas q JOIN org_units u ON u.id = q.unit_id, top
              WHERE q.programme_id IN (SELECT programme_id FROM trips) AND u.path <@ top.path
                AND NOT EXISTS (SELECT 1 FROM welfare_quotas pq JOIN org_units pu ON pu.id = pq.unit_id
                                 WHERE pq.id = q.parent_quota_id AND pu.path <@ top.path))::int AS allocated,
            (SELECT count(*) FROM regs r WHERE ${registered})::int AS registered,
            (SELECT count(*) FROM regs r WHERE ${used})::int AS used`,
    [unitId, period.from, period.to],
  );
  return rows[0]!;
}
