import { AppError, errorMessage, formatDateTimeVN, type CheckinResult, type ErrorCode } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { eventInScope } from './events.queries';
import { ticketKey, verifyTicket } from './ticket-token';

type Scan = { token: string; idempotencyKey: string; scannedAt?: string | undefined };

const okMessage = { vi: 'Hợp lệ — đã ghi nhận có mặt.', en: 'Valid — checked in.' };

/**
 * Check in scanned tickets (one, or a batch synced from a phone's offline queue). Each scan carries
 * an idempotency key: a scan already recorded is answered from the record, never counted twice.
 * A refused scan (forged, other event, already used, cancelled) changes nothing and says why.
 */
export async function checkIn(ctx: Ctx, eventId: number, scans: Scan[]): Promise<CheckinResult[]> {
  const actor = requireActor(ctx);
  await eventInScope(ctx.pool, actor, eventId, true);
  const key = await ticketKey(ctx.pool);
  const results: CheckinResult[] = [];
  for (const scan of scans) results.push(await checkInOne(ctx, eventId, key, scan, actorUserId(actor)));
  return results;
}

async function checkInOne(
  ctx: Ctx,
  eventId: number,
  key: Buffer,
  scan: Scan,
  userId: number | null,
): Promise<CheckinResult> {
  const refuse = (
    code: ErrorCode,
    details?: Record<string, unknown>,
    registration: CheckinResult['registration'] = null,
  ) => ({
    ok: false,
    code,
    message: errorMessage(code, ctx.lang, details),
    idempotencyKey: scan.idempotencyKey,
    replayed: false,
    registration,
  });
  const replay = async (): Promise<CheckinResult | null> => {
    const { rows } = await ctx.pool.query<{ id: number; fullName: string; unitName: string; eventId: number }>(
      `SELECT r.id::int, r.full_name AS "fullName", u.name AS "unitName", c.event_id::int AS "eventId"
         FROM checkins c JOIN registrations r ON r.id = c.registration_id JOIN org_units u ON u.id = r.unit_id
        WHERE c.idempotency_key = $1`,
      [scan.idempotencyKey],
    );
    if (!rows[0]) return null;
    const { eventId: _e, ...registration } = rows[0];
    return {
      ok: true,
      code: null,
      message: okMessage[ctx.lang],
      idempotencyKey: scan.idempotencyKey,
      replayed: true,
      registration,
    };
  };
  const before = await replay();
  if (before) return before;
  const ticket = verifyTicket(key, scan.token);
  if (!ticket) return refuse('TICKET_FORGED');
  const scannedAt = scan.scannedAt && new Date(scan.scannedAt) < ctx.now() ? new Date(scan.scannedAt) : ctx.now();
  try {
    return await ctx.tx('event.check_in', async (tx) => {
      const { rows } = await tx.query<{
        id: number;
        eventId: number;
        eventTitle: string;
        status: string;
        checkedInAt: Date | null;
        fullName: string;
        unitName: string;
        unitId: number;
      }>(
        `SELECT r.id::int, r.event_id::int AS "eventId", e.title AS "eventTitle", r.status, r.checked_in_at AS "checkedInAt",
                r.full_name AS "fullName", u.name AS "unitName", e.unit_id::int AS "unitId"
           FROM registrations r JOIN events e ON e.id = r.event_id JOIN org_units u ON u.id = r.unit_id
          WHERE r.ticket_code = $1 FOR UPDATE OF r`,
        [ticket.code],
      );
      const reg = rows[0];
      if (!reg || reg.eventId !== ticket.eventId) return refuse('TICKET_FORGED');
      const person = { id: reg.id, fullName: reg.fullName, unitName: reg.unitName };
      if (reg.eventId !== eventId) return refuse('TICKET_OTHER_EVENT', { event: reg.eventTitle }, person);
      if (reg.status !== 'confirmed') return refuse('TICKET_CANCELLED', undefined, person);
      if (reg.checkedInAt) return refuse('TICKET_ALREADY_USED', { at: formatDateTimeVN(reg.checkedInAt) }, person);
      const { rows: inserted } = await tx.query(
        `INSERT INTO checkins (event_id, unit_id, registration_id, idempotency_key, ok, scanned_at, created_by)
         VALUES ($1, $2, $3, $4, true, $5, $6) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [eventId, reg.unitId, reg.id, scan.idempotencyKey, scannedAt, userId],
      );
      if (!inserted[0]) throw new AppError('VALIDATION_FAILED'); // raced with the same key: answer from the record
      await tx.query('UPDATE registrations SET checked_in_at = $2 WHERE id = $1', [reg.id, scannedAt]);
      return {
        ok: true,
        code: null,
        message: okMessage[ctx.lang],
        idempotencyKey: scan.idempotencyKey,
        replayed: false,
        registration: person,
      };
    });
  } catch (error) {
    const again = error instanceof AppError ? await replay() : null;
    if (again) return again;
    throw error;
  }
}

/** Live counts for the organiser's screen. */
export async function attendance(ctx: Ctx, eventId: number) {
  const event = await eventInScope(ctx.pool, requireActor(ctx), eventId, true);
  const { rows } = await ctx.pool.query<{ confirmed: number; waitlisted: number; checkedIn: number }>(
    `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted,
            count(*) FILTER (WHERE checked_in_at IS NOT NULL AND status = 'confirmed')::int AS "checkedIn"
       FROM registrations WHERE event_id = $1`,
    [eventId],
  );
  return { capacity: event.capacity, ...rows[0]! };
}
