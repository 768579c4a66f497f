import { createHash, randomBytes } from 'node:crypto';
import { AppError, type CalendarFeedStatus } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { sqlIso } from '../../../kit/dates';

// A user's private calendar subscription. The token is shown once (in the URL) and stored only as its
// SHA-256: 32 random bytes need no slow hash, and a database leak hands out no feed.

export const feedTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const feedUrl = (ctx: Ctx, token: string) => `${ctx.config.publicUrl}/api/calendar-feeds/${token}/lich.ics`;

export async function calendarFeedStatus(ctx: Ctx): Promise<CalendarFeedStatus> {
  const { rows } = await ctx.pool.query<{ createdAt: string; lastUsedAt: string | null }>(
    `SELECT ${sqlIso('created_at')} AS "createdAt", ${sqlIso('last_used_at')} AS "lastUsedAt"
       FROM calendar_feeds WHERE user_id = $1`,
    [requireActor(ctx).userId],
  );
  return { active: rows.length > 0, createdAt: rows[0]?.createdAt ?? null, lastUsedAt: rows[0]?.lastUsedAt ?? null };
}

/** Create the subscription, or replace it (the old URL stops working at once). The URL is returned only now. */
export async function issueCalendarFeed(ctx: Ctx): Promise<{ url: string }> {
  const actor = requireActor(ctx);
  const token = randomBytes(32).toString('base64url');
  await ctx.tx('calendar_feed.issue', async (tx) => {
    const { rows } = await tx.query<{ rotated: boolean }>(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now(), last_used_at = NULL
       RETURNING (xmax <> 0) AS rotated`,
      [actor.userId, feedTokenHash(token)],
    );
    await auditEvent(tx, {
      action: rows[0]!.rotated ? 'calendar_feed.rotate' : 'calendar_feed.create',
      entityType: 'app_users',
      entityId: actor.userId,
      data: {},
    });
  });
  return { url: feedUrl(ctx, token) };
}

export async function revokeCalendarFeed(ctx: Ctx): Promise<{ ok: true }> {
  const actor = requireActor(ctx);
  await ctx.tx('calendar_feed.revoke', async (tx) => {
    const { rowCount } = await tx.query('DELETE FROM calendar_feeds WHERE user_id = $1', [actor.userId]);
    if (!rowCount) throw new AppError('CALENDAR_FEED_NOT_FOUND');
    await auditEvent(tx, { action: 'calendar_feed.revoke', entityType: 'app_users', entityId: actor.userId, data: {} });
  });
  return { ok: true };
}
