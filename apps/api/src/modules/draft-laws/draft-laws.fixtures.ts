// Test fixtures for draft laws: rows written with SQL.
import type { TestApp } from '../../testing/test-app';

/** A draft law consulted by Quảng Trị, open today, with two articles. */
export async function qtDraftLaw(t: TestApp): Promise<{ id: number; articleId: number }> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO draft_laws (unit_id, title, opens_on, closes_on)
     SELECT id, 'Dự thảo Luật Công đoàn (sửa đổi)', current_date - 5, current_date + 30 FROM org_units WHERE code = 'LDLD-44'
     RETURNING id`,
  );
  const id = rows[0]!.id;
  const { rows: a } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO draft_law_articles (draft_law_id, unit_id, chapter, number, title, body)
     SELECT $1, unit_id, 'Chương I. Những quy định chung', n, 'Điều ' || n, 'Nội dung' FROM draft_laws, generate_series(1, 2) n
      WHERE id = $1 RETURNING id`,
    [id],
  );
  return { id, articleId: a[0]!.id };
}
