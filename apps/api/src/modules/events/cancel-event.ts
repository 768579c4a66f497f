import { AppError, cancelReasonBody, type EventDetail } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { eventInScope, selectEventDetail } from './events.queries';

/**
 * Cancel an event: it stays on the calendar marked cancelled, with the reason, and refuses new
 * registrations. Everyone holding a live registration is told in-app, through the account that
 * registered (their own, or the officer's who registered them), so nobody learns it at the door.
 */
export async function cancelEvent(ctx: Ctx, id: number, raw: { reason: string }): Promise<EventDetail> {
  const { reason } = cancelReasonBody.parse(raw);
  const actor = requireActor(ctx);
  await ctx.tx('event.cancel', async (tx) => {
    const event = await eventInScope(tx, actor, id, true);
    // the counter row first, as register does: a registration in flight finishes before or sees the cancel
    await tx.query('SELECT 1 FROM event_seat_counts WHERE event_id = $1 FOR UPDATE', [id]);
    const { rowCount } = await tx.query(
      'UPDATE events SET cancelled_at = now(), cancel_reason = $2 WHERE id = $1 AND cancelled_at IS NULL',
      [id, reason],
    );
    if (rowCount !== 1) throw new AppError('EVENT_CANCELLED', { reason: event.cancelReason });
    await tx.query(
      `INSERT INTO notifications (user_id, unit_id, kind, title, link, dedupe_key)
       SELECT DISTINCT ON (who) who, $2::bigint, 'event_cancelled', $3, $4, $5 || who
         FROM registrations r, LATERAL unnest(ARRAY[r.user_id, r.registered_by]) AS who
        WHERE r.event_id = $1 AND r.status <> 'cancelled' AND who IS NOT NULL
       ON CONFLICT (dedupe_key) DO NOTHING`,
      [id, event.unitId, `Sự kiện "${event.title}" đã bị hủy: ${reason}`, `/events/${id}`, `event-cancelled:${id}:`],
    );
  });
  return selectEventDetail(ctx.pool, id);
}
