import type { Tx } from '../../db/tx';

/**
 * Demo: LĐLĐ Quảng Trị's Q3 2026 briefing and a working session with Phường Đông Hà, their conclusions and
 * tasks — one done with evidence, one in progress, one overdue (it carries onto the next briefing's agenda).
 */
export async function seedBriefingsDemo(tx: Tx): Promise<void> {
  const { rows } = await tx.query<{ code: string; id: number }>(
    `SELECT code, id::int FROM org_units WHERE code IN ('LDLD-44', 'CDX-19333', 'QT-0001', 'KCN-NDH')`,
  );
  const id = Object.fromEntries(rows.map((r) => [r.code, r.id])) as Record<string, number>;
  if (!id['LDLD-44'] || !id['CDX-19333']) return;
  const { rows: b } = await tx.query<{ id: number }>(
    `INSERT INTO briefings (unit_id, kind, title, held_on, place, chair, participants, opinions, conclusions, directives)
     VALUES ($1, 'briefing', 'Hội nghị giao ban công tác công đoàn quý III năm 2026', '2026-10-15', 'Hội trường LĐLĐ tỉnh',
       'Chủ tịch LĐLĐ tỉnh', 'Ban Thường vụ LĐLĐ tỉnh; Chủ tịch công đoàn các xã, phường, khu công nghiệp',
       $2, $3, $4) RETURNING id::int`,
    [
      id['LDLD-44'],
      JSON.stringify([
        {
          unitName: 'Công đoàn phường Đông Hà',
          text: 'Nhiều thỏa ước lao động tập thể đã hết hạn, doanh nghiệp chậm ký lại.',
        },
        {
          unitName: 'Công đoàn Khu công nghiệp Nam Đông Hà',
          text: 'Cần bổ sung cán bộ để hoàn thành cập nhật thẻ đoàn viên.',
        },
      ]),
      'Công tác phát triển đoàn viên đạt kế hoạch; chăm lo Tết cần chuẩn bị sớm.',
      'Phấn đấu 70 % doanh nghiệp tổ chức hội nghị người lao động trong quý IV.',
    ],
  );
  const { rows: s } = await tx.query<{ id: number }>(
    `INSERT INTO briefings (unit_id, kind, title, held_on, chair, subject_unit_id, conclusions)
     VALUES ($1, 'working_session', 'Làm việc với Công đoàn phường Đông Hà', '2026-11-05', 'Phó Chủ tịch LĐLĐ tỉnh', $2,
       'Đôn đốc ký lại thỏa ước hết hạn trước 31/12/2026.') RETURNING id::int`,
    [id['LDLD-44'], id['CDX-19333']],
  );
  await tx.query(
    `INSERT INTO tasks (unit_id, title, deadline, status, evidence, done_at, source_kind, briefing_id, assigned_by_unit_id) VALUES
       ($2, 'Chủ tịch công đoàn phường cùng chuyên viên đôn đốc ký lại các thỏa ước đã hết hạn', '2026-12-31', 'in_progress', NULL, NULL, 'working_session', $4, $1),
       ($2, 'Tổng hợp danh sách đoàn viên khó khăn cần chăm lo Tết', '2026-11-15', 'new', NULL, NULL, 'briefing', $3, $1),
       ($2, 'Báo cáo kết quả đối thoại định kỳ quý III', '2026-10-31', 'done', 'Đã gửi báo cáo số 45/BC-CĐP ngày 28/10/2026.', '2026-10-28', 'briefing', $3, $1)`,
    [id['LDLD-44'], id['CDX-19333'], b[0]!.id, s[0]!.id],
  );
}
