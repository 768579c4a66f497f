// Test fixtures for hand-outs: an approved Quảng Trị nomination handed out from the programme's one source.
import type { TestApp } from '../../testing/test-app';
import { qtNomination } from './welfare.fixtures';

/** A fresh programme with a 60,000,000 VND social fund and one nomination handed out from it. */
export async function qtHandout(t: TestApp): Promise<{ programmeId: number; id: number; fundingId: number }> {
  const n = await qtNomination(t, 'approved');
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO welfare_funding (programme_id, source_kind, amount_vnd) VALUES ($1, 'social_fund', 60000000)
     RETURNING id`,
    [n.programmeId],
  );
  const fundingId = rows[0]!.id;
  await t.db.pool.query(
    `INSERT INTO welfare_handouts (nomination_id, method, amount_vnd, handed_by, place, handed_on, funding_id)
     VALUES ($1, 'cash', 600000, 'Trần Thị Hoa', 'Hội trường LĐLĐ tỉnh', '2026-01-20', $2)`,
    [n.id, fundingId],
  );
  await t.db.pool.query("UPDATE welfare_nominations SET status = 'handed_out' WHERE id = $1", [n.id]);
  return { ...n, fundingId };
}
