// Test fixtures for petitions (route examples and integration tests): rows written with SQL.
import type { TestApp } from '../../testing/test-app';

let n = 0;

async function topicId(t: TestApp, code = 'wages'): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>('SELECT id FROM petition_topics WHERE code = $1', [code]);
  return rows[0]!.id;
}

/** A petition from a Quảng Trị unit (default: raised by Khe Sanh, handled by the province). */
export async function qtPetition(
  t: TestApp,
  opts: {
    handler?: string;
    origin?: string;
    title?: string;
    status?: string;
    anonymous?: boolean;
    affected?: number;
  } = {},
): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO petitions (unit_id, origin_unit_id, title, content, topic_id, raised_by, addressee_kind, addressee_name,
       affected_workers, status)
     SELECT (SELECT id FROM org_units WHERE code = $1), (SELECT id FROM org_units WHERE code = $2), $3,
            'Đề nghị xem xét tăng lương tối thiểu vùng cho người lao động', $4, $5, 'authority',
            'UBND tỉnh Quảng Trị', $7, $6 RETURNING id`,
    [
      opts.handler ?? 'LDLD-44',
      opts.origin ?? 'CDX-19429',
      opts.title ?? `Kiến nghị tăng lương tối thiểu vùng số ${++n}`,
      await topicId(t),
      opts.anonymous ? 'anonymous' : 'unit',
      opts.status ?? 'collected',
      opts.affected ?? 120,
    ],
  );
  return rows[0]!.id;
}

/** A consolidated petition over two fresh originals. */
export async function qtConsolidated(t: TestApp): Promise<number> {
  const a = await qtPetition(t, { origin: 'CDX-19429' });
  const b = await qtPetition(t, { origin: 'CDX-19432' });
  const c = await qtPetition(t, { origin: 'LDLD-44', status: 'consolidated' });
  await t.db.pool.query('UPDATE petitions SET is_consolidated = true WHERE id = $1', [c]);
  await t.db.pool.query("UPDATE petitions SET consolidated_into_id = $1, status = 'consolidated' WHERE id = ANY($2)", [
    c,
    [a, b],
  ]);
  return c;
}

export async function qtCall(t: TestApp, deadline = "now() + interval '7 days'"): Promise<number> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO petition_calls (unit_id, title, deadline) SELECT id, 'Lấy kiến nghị trước đối thoại', ${deadline}
       FROM org_units WHERE code = 'LDLD-44' RETURNING id`,
  );
  const id = rows[0]!.id;
  await t.db.pool.query(
    `INSERT INTO petition_call_targets (call_id, unit_id) SELECT $1, id FROM org_units WHERE code IN ('CDX-19429', 'CDX-19432')`,
    [id],
  );
  return id;
}

export async function petitionTopicId(t: TestApp, code = 'wages'): Promise<number> {
  return topicId(t, code);
}

export const samplePetition = (topic: number) => ({
  title: 'Đề nghị hỗ trợ nhà ở cho giáo viên vùng sâu',
  content: 'Giáo viên cắm bản chưa có nhà công vụ, đề nghị tỉnh bố trí kinh phí xây dựng.',
  topicId: topic,
  raisedBy: 'unit' as const,
  addresseeKind: 'authority' as const,
  addresseeName: 'UBND tỉnh Quảng Trị',
  affectedWorkers: 45,
});
