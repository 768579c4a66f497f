import type { Tx } from '../../db/tx';

/** Demo: a draft-law consultation (voter meeting on the amended Trade Union Law), open for a year from the demo. */
export async function seedDraftLawsDemo(tx: Tx): Promise<void> {
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO draft_laws (unit_id, title, opens_on, closes_on)
     VALUES ((SELECT id FROM org_units WHERE code = 'LDLD-44'), 'Dự thảo Luật Công đoàn (sửa đổi)', current_date - 7, current_date + 365) RETURNING id`,
  );
  const law = rows[0]!.id;
  const articles = [
    [
      'Chương I. Những quy định chung',
      1,
      'Công đoàn',
      'Công đoàn là tổ chức chính trị - xã hội rộng lớn của giai cấp công nhân và của người lao động.',
    ],
    [
      'Chương I. Những quy định chung',
      2,
      'Quyền thành lập, gia nhập công đoàn',
      'Người lao động có quyền thành lập, gia nhập và hoạt động công đoàn.',
    ],
    [
      'Chương II. Quyền, trách nhiệm của công đoàn',
      3,
      'Đại diện, bảo vệ quyền lợi',
      'Công đoàn đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của người lao động.',
    ],
  ] as const;
  for (const [chapter, n, title, body] of articles)
    await tx.query(
      `INSERT INTO draft_law_articles (draft_law_id, unit_id, chapter, number, title, body) VALUES ($1, (SELECT id FROM org_units WHERE code = 'LDLD-44'), $2, $3, $4, $5)`,
      [law, chapter, n, title, body],
    );
}
