import { Permission, type EventDetail, type EventSummary } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { installationId } from '../../kit/installation';
import { icsCalendar } from './calendar/ics';
import { eventInScope, selectEventDetail, selectEvents, visibleEvent, type EventRow } from './events.queries';

export type EventsFilter = {
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
  unitId?: number | undefined;
  campaignId?: number | undefined;
};

/** Events in the actor's subtree (and those open to it) in a time window, for the calendar and its .ics export. */
export async function listEvents(ctx: Ctx, f: EventsFilter): Promise<EventSummary[]> {
  const scopes = scopeFor(requireActor(ctx), Permission.CampaignRead);
  return selectEvents(
    ctx.pool,
    `${visibleEvent} AND ($2::timestamptz IS NULL OR e.ends_at >= $2) AND ($3::timestamptz IS NULL OR e.starts_at < $3)
     AND ($4::text IS NULL OR e.kind = $4)
     AND ($5::bigint IS NULL OR ou.path <@ (SELECT path FROM org_units WHERE id = $5))
     AND ($6::bigint IS NULL OR c.root_id = (SELECT root_id FROM campaigns WHERE id = $6))`,
    [scopes, f.from ?? null, f.to ?? null, f.kind ?? null, f.unitId ?? null, f.campaignId ?? null],
    'ORDER BY e.starts_at, e.id LIMIT 1000',
  );
}

export async function getEvent(ctx: Ctx, id: number): Promise<EventDetail> {
  const actor = requireActor(ctx);
  const event = await eventInScope(ctx.pool, actor, id, false);
  const detail = await selectEventDetail(ctx.pool, id);
  return { ...detail, canSelfRegister: await canSelfRegister(ctx, actor.userId, event) };
}

/**
 * The same rules as register() for a user registering themself (as a user, never as a member): open
 * now, not cancelled, not members-only, home unit eligible, not registered yet. The page offers "Tôi đăng ký" only then.
 */
async function canSelfRegister(ctx: Ctx, userId: number, e: EventRow): Promise<boolean> {
  const now = ctx.now();
  if (e.cancelled || !e.registrationEnabled || e.membersOnly) return false;
  if ((e.opensAt && now < e.opensAt) || (e.closesAt && now > e.closesAt)) return false;
  const { rows } = await ctx.pool.query<{ ok: boolean }>(
    `SELECT u.path <@ $2::ltree AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.event_id = $3
              AND r.user_id = a.id AND r.status <> 'cancelled') AS ok
       FROM app_users a JOIN org_units u ON u.id = a.home_unit_id WHERE a.id = $1`,
    [userId, e.eligiblePath, e.id],
  );
  return rows[0]?.ok ?? false;
}

/** The same events as an iCalendar file (the calendar page's download). */
export async function eventsIcs(ctx: Ctx, f: EventsFilter): Promise<string> {
  const events = await listEvents(ctx, f);
  return icsCalendar(events, {
    installationId: await installationId(ctx.pool),
    publicUrl: ctx.config.publicUrl,
    now: ctx.now(),
    name: 'Lịch sự kiện Công đoàn',
  });
}
