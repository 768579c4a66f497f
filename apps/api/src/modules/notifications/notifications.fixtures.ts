// Test fixtures for notifications: rows written with SQL.
import type { TestApp } from '../../testing/test-app';

/** An unread call reminder for a demo account. */
export async function qtNotification(t: TestApp, username = 'qt.canbo'): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO notifications (user_id, unit_id, kind, title)
     SELECT a.id, a.home_unit_id, 'call_reminder', 'Sắp hết hạn' FROM app_users a WHERE username = $1 RETURNING id`,
    [username],
  );
  return rows[0]!.id;
}
