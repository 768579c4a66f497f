import type pg from 'pg';
import { AppError, Permission, type EventDetail, type EventSummary } from '@congdoan/domain';
import { scopeFor, type Actor } from '../../context/actor';

type Db = pg.Pool | pg.PoolClient;

/** Read visibility: organised in the actor's scope, or open to units in it (an event from above). */
export const visibleEvent = `(ou.path <@ $1::ltree[] OR (e.registration_enabled AND eu.path @> $1::ltree[]))`;

const summaryColumns = `e.id::int, e.unit_id::int AS "unitId", ou.code AS "unitCode", ou.name AS "unitName", e.title, e.kind,
  e.campaign_id::int AS "campaignId", c.title AS "campaignTitle", e.starts_at AS "startsAt", e.ends_at AS "endsAt",
  e.place_address AS "placeAddress", iz.name AS "industrialZoneName", e.registration_enabled AS "registrationEnabled",
  e.capacity,
  (SELECT count(*)::int FROM registrations r WHERE r.event_id = e.id AND r.status = 'confirmed') AS confirmed,
  (SELECT count(*)::int FROM registrations r WHERE r.event_id = e.id AND r.status = 'waitlisted') AS waitlisted,
  (SELECT count(*)::int FROM registrations r WHERE r.event_id = e.id AND r.checked_in_at IS NOT NULL) AS "checkedIn",
  e.cancelled_at AS "cancelledAt", e.cancel_reason AS "cancelReason"`;

const fromEvents = `FROM events e JOIN org_units ou ON ou.id = e.unit_id
  LEFT JOIN org_units eu ON eu.id = coalesce(e.eligible_unit_id, e.unit_id)
  LEFT JOIN org_units iz ON iz.id = e.industrial_zone_unit_id
  LEFT JOIN campaigns c ON c.id = e.campaign_id`;

const iso = <T extends { startsAt: unknown; endsAt: unknown; cancelledAt: unknown }>(row: T): T => ({
  ...row,
  startsAt: new Date(row.startsAt as string).toISOString(),
  endsAt: new Date(row.endsAt as string).toISOString(),
  cancelledAt: row.cancelledAt ? new Date(row.cancelledAt as string).toISOString() : null,
});

export async function selectEvents(
  db: Db,
  where: string,
  params: unknown[],
  tail = 'ORDER BY e.starts_at',
): Promise<EventSummary[]> {
  const { rows } = await db.query<EventSummary>(
    `SELECT ${summaryColumns} ${fromEvents} WHERE ${where} ${tail}`,
    params,
  );
  return rows.map(iso);
}

export async function selectEventDetail(db: Db, id: number): Promise<EventDetail> {
  const { rows } = await db.query<EventDetail>(
    `SELECT ${summaryColumns}, e.activity_id::int AS "activityId", e.place_province_code AS "placeProvinceCode",
            e.place_commune_code AS "placeCommuneCode", e.place_code_version AS "placeCodeVersion", e.industrial_zone_unit_id::int AS "industrialZoneUnitId",
            e.co_organisers AS "coOrganisers", e.sponsors, e.budget_vnd::float8 AS "budgetVnd",
            e.spent_vnd::float8 AS "spentVnd", e.description, e.photos, e.waitlist_enabled AS "waitlistEnabled",
            e.opens_at AS "opensAt", e.closes_at AS "closesAt", e.eligible_unit_id::int AS "eligibleUnitId",
            eu.name AS "eligibleUnitName", e.members_only AS "membersOnly",
            coalesce((SELECT json_agg(json_build_object('id', q.id, 'unitId', q.unit_id, 'unitName', qu.name,
                        'capacity', q.capacity, 'taken', coalesce(qs.taken, 0)) ORDER BY qu.name)
                        FROM event_quotas q JOIN org_units qu ON qu.id = q.unit_id
                        LEFT JOIN quota_seat_counts qs ON qs.quota_id = q.id WHERE q.event_id = e.id), '[]') AS quotas
       ${fromEvents} WHERE e.id = $1`,
    [id],
  );
  const row = rows[0]!;
  return {
    ...iso(row),
    opensAt: row.opensAt ? new Date(row.opensAt).toISOString() : null,
    closesAt: row.closesAt ? new Date(row.closesAt).toISOString() : null,
  };
}

export type EventRow = {
  id: number;
  unitId: number;
  title: string;
  unitPath: string;
  eligiblePath: string;
  registrationEnabled: boolean;
  capacity: number | null;
  waitlistEnabled: boolean;
  opensAt: Date | null;
  closesAt: Date | null;
  membersOnly: boolean;
  taken: number;
  cancelReason: string | null;
  cancelled: boolean;
};

/**
 * An event the actor may read (`write` = false) or manage (organised in their campaign.write scope), or 404.
 */
export async function eventInScope(db: Db, actor: Actor, id: number, write: boolean): Promise<EventRow> {
  const scopes = scopeFor(actor, write ? Permission.CampaignWrite : Permission.CampaignRead);
  const { rows } = await db.query<EventRow>(
    `SELECT e.id::int, e.unit_id::int AS "unitId", e.title, ou.path::text AS "unitPath", eu.path::text AS "eligiblePath",
            e.registration_enabled AS "registrationEnabled", e.capacity, e.waitlist_enabled AS "waitlistEnabled",
            e.opens_at AS "opensAt", e.closes_at AS "closesAt", e.members_only AS "membersOnly",
            e.cancel_reason AS "cancelReason", e.cancelled_at IS NOT NULL AS cancelled,
            coalesce((SELECT s.taken FROM event_seat_counts s WHERE s.event_id = e.id), 0) AS taken
       ${fromEvents} WHERE e.id = $2 AND ${write ? 'ou.path <@ $1::ltree[]' : visibleEvent}`,
    [scopes, id],
  );
  if (!rows[0]) throw new AppError('EVENT_NOT_FOUND', { id });
  return rows[0];
}
