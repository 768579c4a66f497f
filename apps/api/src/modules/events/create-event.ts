import { AppError, eventBody, Permission, type EventDetail, type EventInput } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { selectEventDetail } from './events.queries';

/** A new event organised by a unit in the actor's scope, optionally taking registrations with quotas. */
export async function createEvent(ctx: Ctx, raw: EventInput): Promise<EventDetail> {
  const actor = requireActor(ctx);
  const input = eventBody.parse(raw);
  const reg = input.registration ?? null;
  if (new Date(input.endsAt) < new Date(input.startsAt)) throw new AppError('EVENT_TIME_INVALID', { field: 'endsAt' });
  if (reg?.opensAt && reg.closesAt && new Date(reg.closesAt) <= new Date(reg.opensAt))
    throw new AppError('EVENT_TIME_INVALID', { field: 'registration.closesAt' });
  const scopes = scopeFor(actor, Permission.CampaignWrite);
  const id = await ctx.tx('event.create', async (tx) => {
    const { rows: unit } = await tx.query<{ path: string }>(
      'SELECT path::text AS path FROM org_units WHERE id = $1 AND path <@ $2::ltree[]',
      [input.unitId, scopes],
    );
    if (!unit[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId });
    if (input.campaignId) {
      // the campaign copy must be readable by the actor; the activity must belong to it
      const { rows } = await tx.query(
        `SELECT 1 FROM campaigns c JOIN org_units u ON u.id = c.unit_id
          WHERE c.id = $1 AND u.path <@ $2::ltree[]
            AND ($3::bigint IS NULL OR EXISTS (SELECT 1 FROM campaign_activities a WHERE a.id = $3 AND a.campaign_id = c.id))`,
        [input.campaignId, scopeFor(actor, Permission.CampaignRead), input.activityId ?? null],
      );
      if (!rows[0]) throw new AppError('CAMPAIGN_NOT_FOUND', { id: input.campaignId });
    } else if (input.activityId) throw new AppError('ACTIVITY_NOT_FOUND', { id: input.activityId });
    let eligiblePath = unit[0].path;
    if (reg?.eligibleUnitId) {
      const { rows } = await tx.query<{ path: string }>(
        'SELECT path::text AS path FROM org_units WHERE id = $1 AND path <@ $2::ltree[]',
        [reg.eligibleUnitId, scopes],
      );
      if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: reg.eligibleUnitId });
      eligiblePath = rows[0].path;
    }
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO events (unit_id, campaign_id, activity_id, title, kind, starts_at, ends_at, place_address,
          place_province_code, place_commune_code, place_code_version, industrial_zone_unit_id, co_organisers, sponsors,
          budget_vnd, spent_vnd, description, registration_enabled, capacity, waitlist_enabled, opens_at, closes_at,
          eligible_unit_id, members_only, created_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25) RETURNING id::int`,
      [
        input.unitId,
        input.campaignId ?? null,
        input.activityId ?? null,
        input.title,
        input.kind,
        input.startsAt,
        input.endsAt,
        input.placeAddress ?? null,
        input.placeProvinceCode ?? null,
        input.placeCommuneCode ?? null,
        input.placeCodeVersion ?? null,
        input.industrialZoneUnitId ?? null,
        input.coOrganisers,
        JSON.stringify(input.sponsors),
        input.budgetVnd ?? null,
        input.spentVnd ?? null,
        input.description ?? null,
        reg !== null,
        reg?.capacity ?? null,
        reg?.waitlist ?? true,
        reg?.opensAt ?? null,
        reg?.closesAt ?? null,
        reg?.eligibleUnitId ?? null,
        reg?.membersOnly ?? false,
        actorUserId(actor),
      ],
    );
    const eventId = rows[0]!.id;
    await tx.query('INSERT INTO event_seat_counts (event_id) VALUES ($1)', [eventId]);
    for (const quota of reg?.quotas ?? []) {
      const { rows: q } = await tx.query<{ id: number }>(
        `INSERT INTO event_quotas (event_id, unit_id, capacity)
         SELECT $1, u.id, $3 FROM org_units u WHERE u.id = $2 AND u.path <@ $4::ltree AND u.path <> $4::ltree
         ON CONFLICT DO NOTHING RETURNING id::int`,
        [eventId, quota.unitId, quota.capacity, eligiblePath],
      );
      if (!q[0]) throw new AppError('QUOTA_UNIT_INVALID');
      await tx.query('INSERT INTO quota_seat_counts (quota_id) VALUES ($1)', [q[0].id]);
    }
    return eventId;
  });
  return selectEventDetail(ctx.pool, id);
}
