import type pg from 'pg';
import { inTransaction } from '../../db/tx';
import type { Schedule } from '../../kit/scheduler';

/**
 * Reminds the people of a task (the named owner, or the officers of the owning unit) three days before its
 * deadline and once it is overdue, through the existing notifications; one of each per task and deadline.
 */
export async function createTaskReminders(pool: pg.Pool): Promise<number> {
  return inTransaction(
    pool,
    { actorId: null, actorName: 'system', source: 'system', requestId: null, action: 'task.remind' },
    async (tx) => {
      const { rowCount } = await tx.query(
        `WITH today AS (SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS d),
         due AS (
           SELECT t.*, CASE WHEN t.deadline < today.d THEN 'overdue' ELSE 'soon' END AS phase
             FROM tasks t, today WHERE t.status <> 'done' AND t.deadline <= today.d + 3)
         INSERT INTO notifications (user_id, unit_id, kind, title, link, dedupe_key)
         SELECT DISTINCT ON (a.id, due.id, due.phase) a.id, due.unit_id, 'task_' || due.phase,
                CASE WHEN due.phase = 'overdue' THEN 'Nhiệm vụ quá hạn: ' ELSE 'Nhiệm vụ sắp đến hạn: ' END
                  || due.title || ' (hạn ' || to_char(due.deadline, 'DD/MM/YYYY') || ')',
                '/tasks', 'task:' || due.id || ':' || due.phase || ':' || due.deadline || ':user:' || a.id
           FROM due JOIN app_users a ON NOT a.disabled AND (a.id = due.owner_user_id OR (due.owner_user_id IS NULL
                AND EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = a.id AND g.unit_id = due.unit_id
                             AND g.role IN ('federation_admin', 'officer'))))
         ON CONFLICT (dedupe_key) DO NOTHING`,
      );
      return rowCount ?? 0;
    },
  );
}

/** Declared by module.ts: hourly, first a little after start. */
export const taskReminderSchedule: Schedule = {
  name: 'briefings.task_reminders',
  firstAfterMs: 10_000,
  everyMs: 60 * 60_000,
  run: async (pool) => {
    await createTaskReminders(pool);
  },
};
