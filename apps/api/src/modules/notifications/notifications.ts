import type pg from 'pg';
import type { Schedule } from '../../kit/scheduler';
import { AppError, type NotificationItem } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { inTransaction } from '../../db/tx';
import { sqlIso } from '../../kit/dates';

/** The actor's latest in-app notifications (shown under the bell in the header). */
export async function listNotifications(ctx: Ctx) {
  const actor = requireActor(ctx);
  const { rows } = await ctx.pool.query<NotificationItem>(
    `SELECT id, kind, title, link, ${sqlIso('created_at')} AS "createdAt", read_at IS NOT NULL AS read
       FROM notifications WHERE user_id = $1 ORDER BY id DESC LIMIT 50`,
    [actor.userId],
  );
  const { rows: n } = await ctx.pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL',
    [actor.userId],
  );
  return { items: rows, unread: n[0]!.n };
}

export async function markNotificationRead(ctx: Ctx, id: number) {
  const actor = requireActor(ctx);
  await ctx.tx('notification.read', async (tx) => {
    const { rowCount } = await tx.query(
      'UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2',
      [id, actor.userId],
    );
    if (!rowCount) throw new AppError('NOTIFICATION_NOT_FOUND', { id });
  });
  return { ok: true as const };
}

/**
 * Remind every account working for a unit that has not answered an open call whose deadline is within
 * `withinHours`: officers granted on that unit and accounts whose home unit it is. One reminder per
 * account, call and deadline (a reopened call reminds again).
 */
export async function createCallReminders(pool: pg.Pool, withinHours = 72): Promise<number> {
  return inTransaction(
    pool,
    { actorId: null, actorName: 'system', source: 'system', requestId: null, action: 'petition_call.remind' },
    async (tx) => {
      const { rowCount } = await tx.query(
        `INSERT INTO notifications (user_id, unit_id, kind, title, link, dedupe_key)
         SELECT DISTINCT ON (a.id, c.id) a.id, t.unit_id, 'call_reminder',
                'Sắp hết hạn gửi kiến nghị: ' || c.title || ' (hạn ' ||
                  to_char(c.deadline AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI DD/MM/YYYY') || ')',
                '/petition-calls/' || c.id,
                'call:' || c.id || ':user:' || a.id || ':' || extract(epoch FROM c.deadline)::bigint
           FROM petition_calls c JOIN petition_call_targets t ON t.call_id = c.id
           JOIN app_users a ON NOT a.disabled AND (a.home_unit_id = t.unit_id
                OR EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = a.id AND g.unit_id = t.unit_id
                            AND g.role IN ('federation_admin', 'officer')))
          WHERE t.submitted_at IS NULL AND c.deadline > now() AND c.deadline <= now() + make_interval(hours => $1)
         ON CONFLICT (dedupe_key) DO NOTHING`,
        [withinHours],
      );
      return rowCount ?? 0;
    },
  );
}

/** Declared by module.ts: every 15 minutes, first a few seconds after start. */
export const callReminderSchedule: Schedule = {
  name: 'notifications.call_reminders',
  firstAfterMs: 5000,
  everyMs: 15 * 60_000,
  run: async (pool) => {
    await createCallReminders(pool);
  },
};
