import type { TestApp } from '../../testing/test-app';

/** The demo's first briefing of LĐLĐ Quảng Trị (found by what examples never change: host, kind, order). */
export async function qtBriefing(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `SELECT b.id::int FROM briefings b JOIN org_units u ON u.id = b.unit_id
      WHERE u.code = 'LDLD-44' AND b.kind = 'briefing' ORDER BY b.id LIMIT 1`,
  );
  return rows[0]!.id;
}

/** The first open task that briefing gave (owned by Phường Đông Hà in the demo). */
export async function qtTask(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `SELECT id::int FROM tasks WHERE briefing_id = $1 AND status <> 'done' ORDER BY id LIMIT 1`,
    [await qtBriefing(t)],
  );
  return rows[0]!.id;
}
