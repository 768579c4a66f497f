import { AppError, Permission, todayVN, type PersonBenefits } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

/**
 * What one person got or was put forward for this year and last, from every programme of every unit
 * (matched by registry id or CCCD), so an official sees it beside a nominee. Refused ones are left out.
 * Tickets home come from the trips' registrations (registry id only: a registration has no CCCD).
 * The person must be in the official's scope; the programmes need not be.
 */
export async function personBenefits(ctx: Ctx, personId: number): Promise<PersonBenefits> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  const { rows: person } = await ctx.pool.query<{ cccd: string | null }>(
    `SELECT pe.cccd FROM persons pe JOIN org_units u ON u.id = pe.unit_id
      WHERE pe.id = $1 AND u.path <@ $2::ltree[]`,
    [personId, scopes],
  );
  if (!person[0]) throw new AppError('PERSON_NOT_FOUND', { id: personId });
  const year = Number(todayVN(ctx.now()).slice(0, 4));
  const { rows } = await ctx.pool.query<PersonBenefits['items'][number]>(
    `SELECT n.id AS "nominationId", p.id AS "programmeId", p.name AS "programmeName", p.kind, p.year,
            u.name AS "unitName", coalesce(h.amount_vnd, n.amount_vnd) AS "amountVnd", n.status
       FROM welfare_nominations n JOIN welfare_programmes p ON p.id = n.programme_id
       JOIN org_units u ON u.id = p.unit_id LEFT JOIN welfare_handouts h ON h.nomination_id = n.id
      WHERE (n.person_id = $1 OR n.cccd = $2) AND p.year IN ($3, $3 - 1) AND n.status <> 'refused'
      ORDER BY p.year DESC, p.nomination_from DESC, n.id`,
    [personId, person[0].cccd, year],
  );
  // Tickets home (trip seats) held on trips not cancelled; the trip names its route and departure.
  const { rows: tickets } = await ctx.pool.query<PersonBenefits['tickets'][number]>(
    `SELECT r.id::int AS "registrationId", p.id::int AS "programmeId", p.name AS "programmeName", p.year,
            u.name AS "unitName", e.title AS "tripTitle", tr.transport, e.starts_at AS "departsAt", r.status,
            r.checked_in_at IS NOT NULL AS boarded
       FROM welfare_trip_tickets k JOIN registrations r ON r.id = k.registration_id
       JOIN welfare_trips tr ON tr.id = k.trip_id JOIN events e ON e.id = tr.event_id
       JOIN welfare_programmes p ON p.id = tr.programme_id JOIN org_units u ON u.id = p.unit_id
      WHERE r.person_id = $1 AND r.status <> 'cancelled' AND e.cancelled_at IS NULL AND p.year IN ($2, $2 - 1)
      ORDER BY e.starts_at DESC, r.id`,
    [personId, year],
  );
  return { items: rows, tickets: tickets.map((x) => ({ ...x, departsAt: new Date(x.departsAt).toISOString() })) };
}
