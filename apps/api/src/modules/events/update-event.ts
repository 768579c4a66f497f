import { AppError, eventUpdateBody, Permission, type EventDetail, type EventUpdateInput } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { eventInScope, selectEventDetail } from './events.queries';
import { promoteWaitlist } from './registrations.queries';

// body field → column; a field left out of the body stays as it is
const columns = {
  title: 'title',
  kind: 'kind',
  startsAt: 'starts_at',
  endsAt: 'ends_at',
  placeAddress: 'place_address',
  placeProvinceCode: 'place_province_code',
  placeCommuneCode: 'place_commune_code',
  placeCodeVersion: 'place_code_version',
  industrialZoneUnitId: 'industrial_zone_unit_id',
  coOrganisers: 'co_organisers',
  sponsors: 'sponsors',
  budgetVnd: 'budget_vnd',
  spentVnd: 'spent_vnd',
  description: 'description',
} as const;

/**
 * Change an event and its registration settings. Capacity never drops below the seats already confirmed;
 * seats a larger capacity frees go to the waitlist in order, in the same transaction.
 */
export async function updateEvent(ctx: Ctx, id: number, raw: EventUpdateInput): Promise<EventDetail> {
  const input = eventUpdateBody.parse(raw);
  const actor = requireActor(ctx);
  await ctx.tx('event.update', async (tx) => {
    await eventInScope(tx, actor, id, true);
    // lock order as in register and cancelRegistration: the seat counter, then the event
    const { rows: seats } = await tx.query<{ taken: number }>(
      'SELECT taken FROM event_seat_counts WHERE event_id = $1 FOR UPDATE',
      [id],
    );
    const { rows } = await tx.query<{ startsAt: Date; endsAt: Date; reason: string | null; cancelled: boolean }>(
      `SELECT starts_at AS "startsAt", ends_at AS "endsAt", cancel_reason AS reason, cancelled_at IS NOT NULL AS cancelled
         FROM events WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const current = rows[0]!;
    if (current.cancelled) throw new AppError('EVENT_CANCELLED', { reason: current.reason });
    const startsAt = input.startsAt ? new Date(input.startsAt) : current.startsAt;
    const endsAt = input.endsAt ? new Date(input.endsAt) : current.endsAt;
    if (endsAt < startsAt) throw new AppError('EVENT_TIME_INVALID');

    const sets: string[] = [];
    const params: unknown[] = [id];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    for (const [field, column] of Object.entries(columns)) {
      const value = input[field as keyof typeof columns];
      if (value === undefined) continue;
      set(column, field === 'sponsors' ? JSON.stringify(value) : value);
    }
    if (input.industrialZoneUnitId)
      await unitInScope(tx, scopeFor(actor, Permission.CampaignRead), input.industrialZoneUnitId);
    const reg = input.registration;
    if (reg === null) set('registration_enabled', false);
    else if (reg) {
      const confirmed = seats[0]?.taken ?? 0;
      if (reg.capacity < confirmed)
        throw new AppError('EVENT_CAPACITY_BELOW_CONFIRMED', { capacity: reg.capacity, confirmed });
      if (reg.opensAt && reg.closesAt && new Date(reg.closesAt) <= new Date(reg.opensAt))
        throw new AppError('EVENT_TIME_INVALID');
      if (reg.eligibleUnitId) await unitInScope(tx, scopeFor(actor, Permission.CampaignWrite), reg.eligibleUnitId);
      set('registration_enabled', true);
      set('capacity', reg.capacity);
      set('waitlist_enabled', reg.waitlist);
      set('opens_at', reg.opensAt ?? null);
      set('closes_at', reg.closesAt ?? null);
      set('eligible_unit_id', reg.eligibleUnitId ?? null);
      set('members_only', reg.membersOnly);
    }
    if (sets.length > 0) await tx.query(`UPDATE events SET ${sets.join(', ')} WHERE id = $1`, params);
    if (reg) await promoteWaitlist(tx, id);
  });
  return selectEventDetail(ctx.pool, id);
}

async function unitInScope(tx: Parameters<typeof promoteWaitlist>[0], scopes: string[], unitId: number) {
  const { rows } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [unitId, scopes]);
  if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
}
