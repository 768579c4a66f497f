import type pg from 'pg';
import { inTransaction } from '../../db/tx';
import type { Schedule } from '../../kit/scheduler';
import { fillIndicatorScope } from './indicators/scope';

/** How many days before a round's deadline the first reminder goes out. */
export const REPORT_REMINDER_DAYS = 3;

/**
 * Reminds the officers of every unit that still owes its report in an open round: once in the
 * REPORT_REMINDER_DAYS before the deadline ('soon') and once on or after it ('due'), through the existing
 * notifications. The dedupe key (round, unit, phase, deadline, person) records what was sent, so running it
 * again sends nothing twice. The units owing are those completeness counts: the round's subtree as it stood
 * at the period's end, of the form's levels, without the assigning unit.
 */
export async function createReportReminders(pool: pg.Pool): Promise<number> {
  return inTransaction(
    pool,
    { actorId: null, actorName: 'system', source: 'system', requestId: null, action: 'report.remind' },
    async (tx) => {
      // Rounds whose deadline is near or passed in the last month (older ones were reminded long ago).
      const { rows: rounds } = await tx.query<{
        id: number;
        unitId: number;
        from: string;
        to: string;
        levels: string[];
      }>(
        `SELECT a.id::int, a.unit_id::int AS "unitId", a.period_from::text AS "from", a.period_to::text AS "to",
                f.levels
           FROM report_assignments a JOIN report_forms f ON f.id = a.form_id,
                (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d) today
          WHERE a.deadline BETWEEN today.d - 30 AND today.d + $1::int
          ORDER BY a.id`,
        [REPORT_REMINDER_DAYS],
      );
      let sent = 0;
      for (const round of rounds) {
        await fillIndicatorScope(tx, { rootUnitId: round.unitId, from: round.from, to: round.to, byChild: false });
        const { rowCount } = await tx.query(
          `WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d),
           round AS (
             SELECT a.*, f.name AS form_name, CASE WHEN a.deadline <= today.d THEN 'due' ELSE 'soon' END AS phase
               FROM report_assignments a JOIN report_forms f ON f.id = a.form_id, today WHERE a.id = $1),
           owing AS (
             SELECT u.id AS unit_id FROM indicator_scope s JOIN org_units u ON u.id = s.unit_id
               LEFT JOIN report_submissions r ON r.assignment_id = $1 AND r.unit_id = u.id
              WHERE u.kind = ANY($2::text[]) AND u.id <> $3
                AND (r.status IS NULL OR r.status NOT IN ('submitted', 'approved')))
           INSERT INTO notifications (user_id, unit_id, kind, title, link, dedupe_key)
           SELECT DISTINCT ON (g.user_id, o.unit_id) g.user_id, o.unit_id, 'report_' || round.phase,
                  CASE WHEN round.phase = 'due' THEN 'Báo cáo đến hạn chưa nộp: ' ELSE 'Báo cáo sắp đến hạn: ' END
                    || round.form_name || ' — ' || round.period_label
                    || ' (hạn ' || to_char(round.deadline, 'DD/MM/YYYY') || ')',
                  '/reports/' || round.id || '/units/' || o.unit_id,
                  'report:' || round.id || ':unit:' || o.unit_id || ':' || round.phase || ':' || round.deadline
                    || ':user:' || g.user_id
             FROM round, owing o
             JOIN role_grants g ON g.unit_id = o.unit_id AND g.role IN ('federation_admin', 'officer')
             JOIN app_users a ON a.id = g.user_id AND NOT a.disabled
           ON CONFLICT (dedupe_key) DO NOTHING`,
          [round.id, round.levels, round.unitId],
        );
        sent += rowCount ?? 0;
      }
      return sent;
    },
  );
}

/** Declared by module.ts: hourly, first a little after start. */
export const reportReminderSchedule: Schedule = {
  name: 'reports.reminders',
  firstAfterMs: 12_000,
  everyMs: 60 * 60_000,
  run: async (pool) => {
    await createReportReminders(pool);
  },
};
