// Test fixtures for dialogues: rows written with SQL.
import type { TestApp } from '../../testing/test-app';

/** A dialogue of LĐLĐ Quảng Trị with the provincial People's Committee. */
export async function qtDialogue(t: TestApp): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO dialogues (unit_id, kind, title, host, held_on) SELECT id, 'government', 'Đối thoại với Chủ tịch UBND',
       'Chủ tịch UBND tỉnh', '2026-05-15' FROM org_units WHERE code = 'LDLD-44' RETURNING id`,
  );
  return rows[0]!.id;
}
