import type { TestApp } from '../../testing/test-app';

/** The demo's Q3 2026 briefing of LĐLĐ Quảng Trị. */
export async function qtBriefing(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `SELECT id::int FROM briefings WHERE title = 'Hội nghị giao ban công tác công đoàn quý III năm 2026'`,
  );
  return rows[0]!.id;
}

/** One of the demo briefing's open tasks (owned by Phường Đông Hà). */
export async function qtTask(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `SELECT id::int FROM tasks WHERE title LIKE 'Tổng hợp danh sách đoàn viên khó khăn%'`,
  );
  return rows[0]!.id;
}
