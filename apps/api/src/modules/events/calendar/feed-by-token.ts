import { AppError } from '@congdoan/domain';
import type { Ctx } from '../../../context/context';
import type { Actor } from '../../../context/actor';
import { installationId } from '../../../kit/installation';
import { loadGrants } from '../../auth';
import { listEvents } from '../get-events';
import { icsCalendar } from './ics';
import { feedTokenHash } from './calendar-feed';

const DAY = 86_400_000;

/**
 * The feed a calendar app fetches with no cookie: the token stands for its user, who sees exactly the
 * events the calendar page shows them (their grants as of now, so a withdrawn role empties the feed),
 * from 60 days back to a year ahead. A disabled user's feed is gone.
 */
export async function calendarFeedByToken(ctx: Ctx, token: string): Promise<string> {
  const { rows } = await ctx.pool.query<{ id: number; username: string; display_name: string }>(
    `SELECT u.id::int, u.username, u.display_name FROM calendar_feeds f JOIN app_users u ON u.id = f.user_id
      WHERE f.token_hash = $1 AND NOT u.disabled`,
    [feedTokenHash(token)],
  );
  const user = rows[0];
  if (!user) throw new AppError('CALENDAR_FEED_NOT_FOUND');
  // Not audited per fetch (apps poll hourly); the last use is kept for the owner to see.
  await ctx.pool.query(
    "UPDATE calendar_feeds SET last_used_at = now() WHERE user_id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '5 minutes')",
    [user.id],
  );
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    displayName: user.display_name,
    email: null,
    phone: null,
    mustChangePassword: false,
    grants: await loadGrants(ctx.pool, user.id),
    sessionId: '',
    csrfToken: '',
  };
  const now = ctx.now();
  const events = await listEvents(
    { ...ctx, actor },
    { from: new Date(now.getTime() - 60 * DAY).toISOString(), to: new Date(now.getTime() + 365 * DAY).toISOString() },
  );
  return icsCalendar(events, {
    installationId: await installationId(ctx.pool),
    publicUrl: ctx.config.publicUrl,
    now,
    name: `Lịch sự kiện Công đoàn — ${user.display_name}`,
  });
}
