// Demo: the Hướng Hóa case from the seeds. LĐLĐ Quảng Trị asks the unions of Khe Sanh and Lao Bảo
// and their grassroots unions for petitions before the May 2024 dialogue with the chair of the
// district People's Committee; 20 petitions are consolidated into 8, most are answered, two are
// overdue and one is escalated to the confederation.
import type { Tx } from '../../db/tx';
import { demoDialogueTitle } from '../dialogues';

type Original = { unit: string; title: string; affected: number };
type Group = {
  topic: string;
  title: string;
  content: string;
  addressee: [string, string];
  originals: Original[];
  answer?: { text: string; by: string; agency: string; commitment: string; deadline: string | null; status: string };
  escalate?: boolean;
};

const chair = 'Chủ tịch UBND huyện Hướng Hóa';

const groups: Group[] = [
  {
    topic: 'wages',
    title: 'Tiền lương, thu nhập của công nhân cà phê và thương mại thấp so với mặt bằng giá cả',
    content:
      'Đề nghị huyện chỉ đạo doanh nghiệp rà soát thang bảng lương, bảo đảm lương không thấp hơn lương tối thiểu vùng.',
    addressee: ['authority', 'UBND huyện Hướng Hóa'],
    originals: [
      { unit: 'QT-0006', title: 'Lương công nhân cà phê thời vụ thấp', affected: 320 },
      { unit: 'QT-0008', title: 'Đề nghị tăng lương cho nhân viên thương mại cửa khẩu', affected: 140 },
      { unit: 'CDX-19432', title: 'Thu nhập người lao động khu kinh tế Lao Bảo chưa ổn định', affected: 260 },
    ],
    answer: {
      text: 'UBND huyện giao Phòng Lao động - TB&XH kiểm tra việc thực hiện lương tối thiểu vùng tại các doanh nghiệp trong quý III/2024.',
      by: chair,
      agency: 'Phòng Lao động - Thương binh và Xã hội',
      commitment: 'Kiểm tra 100% doanh nghiệp trên 50 lao động',
      deadline: '2024-09-30',
      status: 'resolved',
    },
  },
  {
    topic: 'housing',
    title: 'Nhà công vụ cho giáo viên cắm bản ở các xã vùng sâu',
    content: 'Nhiều giáo viên phải ở nhờ nhà dân; đề nghị bố trí kinh phí xây nhà công vụ tại các điểm trường lẻ.',
    addressee: ['authority', 'UBND huyện Hướng Hóa'],
    originals: [
      { unit: 'CDX-19429', title: 'Giáo viên điểm trường lẻ chưa có nhà công vụ', affected: 45 },
      { unit: 'CDX-19432', title: 'Đề nghị xây nhà công vụ cho giáo viên mầm non', affected: 30 },
      { unit: 'QT-0007', title: 'Nhà ở cho nhân viên y tế tuyến xã', affected: 25 },
    ],
    answer: {
      text: 'Huyện đưa 2 dãy nhà công vụ vào kế hoạch đầu tư công năm 2025.',
      by: chair,
      agency: 'Phòng Giáo dục và Đào tạo',
      commitment: 'Khởi công 2 dãy nhà công vụ',
      deadline: '2027-06-30',
      status: 'in_progress',
    },
  },
  {
    topic: 'kindergarten',
    title: 'Thiếu nhà trẻ cho con công nhân tại khu kinh tế Lao Bảo',
    content: 'Công nhân làm ca không có nơi gửi con; đề nghị quy hoạch nhóm trẻ độc lập gần khu kinh tế.',
    addressee: ['authority', 'UBND huyện Hướng Hóa'],
    originals: [
      { unit: 'QT-0008', title: 'Không có nơi gửi trẻ cho công nhân làm ca', affected: 90 },
      { unit: 'CDX-19432', title: 'Đề nghị mở nhóm trẻ gần khu kinh tế', affected: 150 },
    ],
    answer: {
      text: 'Huyện giao xã Lao Bảo bố trí quỹ đất và kêu gọi doanh nghiệp cùng đầu tư nhóm trẻ.',
      by: chair,
      agency: 'UBND xã Lao Bảo',
      commitment: 'Bố trí quỹ đất xây nhóm trẻ',
      deadline: '2024-12-31',
      status: 'in_progress',
    },
  },
  {
    topic: 'culture',
    title: 'Thiết chế văn hóa, sân chơi cho công nhân lao động',
    content: 'Đề nghị xây dựng nhà văn hóa, sân thể thao cho công nhân tại thị trấn Khe Sanh.',
    addressee: ['authority', 'UBND huyện Hướng Hóa'],
    originals: [
      { unit: 'CDX-19429', title: 'Thiếu sân chơi cho công nhân', affected: 200 },
      { unit: 'QT-0006', title: 'Đề nghị có nhà văn hóa cho công nhân cà phê', affected: 180 },
    ],
    answer: {
      text: 'Huyện sẽ bố trí khu vui chơi tại Trung tâm Văn hóa huyện mở cửa miễn phí cho công nhân.',
      by: chair,
      agency: 'Phòng Văn hóa và Thông tin',
      commitment: 'Mở cửa miễn phí các buổi tối cuối tuần',
      deadline: '2024-08-31',
      status: 'resolved',
    },
  },
  {
    topic: 'policy',
    title: 'Chế độ cho nhân viên cấp dưỡng và cán bộ không chuyên trách cấp xã',
    content:
      'Nhân viên cấp dưỡng trường bán trú và cán bộ không chuyên trách xã có thu nhập thấp, chưa được đóng BHXH đầy đủ.',
    addressee: ['authority', 'UBND tỉnh Quảng Trị'],
    originals: [
      { unit: 'CDX-19429', title: 'Phụ cấp cán bộ không chuyên trách xã thấp', affected: 60 },
      { unit: 'CDX-19432', title: 'Nhân viên cấp dưỡng chưa được đóng BHXH', affected: 40 },
      { unit: 'QT-0007', title: 'Chế độ cho nhân viên hợp đồng tại trung tâm y tế', affected: 35 },
    ],
    answer: {
      text: 'Huyện tổng hợp, kiến nghị UBND tỉnh điều chỉnh mức phụ cấp trong năm 2024.',
      by: chair,
      agency: 'Phòng Nội vụ',
      commitment: 'Trình UBND tỉnh phương án điều chỉnh',
      deadline: '2024-10-31',
      status: 'unresolved',
    },
  },
  {
    topic: 'law',
    title: 'Sửa đổi Luật Bảo hiểm xã hội: rút BHXH một lần và lương hưu',
    content: 'Người lao động đề nghị giữ quyền lựa chọn rút BHXH một lần và giảm số năm đóng để hưởng lương hưu.',
    addressee: ['union_above', 'Tổng Liên đoàn Lao động Việt Nam'],
    originals: [
      { unit: 'QT-0006', title: 'Ý kiến về rút BHXH một lần', affected: 300 },
      { unit: 'QT-0008', title: 'Đề nghị giảm số năm đóng BHXH để hưởng lương hưu', affected: 120 },
    ],
    answer: {
      text: 'Nội dung thuộc thẩm quyền Quốc hội; huyện ghi nhận và đề nghị Công đoàn chuyển lên cấp trên.',
      by: chair,
      agency: 'LĐLĐ tỉnh Quảng Trị',
      commitment: 'Chuyển kiến nghị lên Tổng Liên đoàn',
      deadline: null,
      status: 'answered',
    },
    escalate: true,
  },
  {
    topic: 'training',
    title: 'Đào tạo nghề cho lao động địa phương, đồng bào dân tộc thiểu số',
    content: 'Đề nghị mở các lớp đào tạo nghề ngắn hạn gắn với nhu cầu tuyển dụng của doanh nghiệp trên địa bàn.',
    addressee: ['authority', 'UBND huyện Hướng Hóa'],
    originals: [
      { unit: 'CDX-19429', title: 'Mở lớp nghề cho lao động dân tộc thiểu số', affected: 110 },
      { unit: 'QT-0006', title: 'Đào tạo nghề chế biến cà phê', affected: 70 },
    ],
    answer: {
      text: 'Trung tâm GDNN-GDTX huyện mở 4 lớp nghề miễn phí trong năm 2024.',
      by: chair,
      agency: 'Trung tâm GDNN-GDTX huyện',
      commitment: 'Mở 4 lớp nghề trong năm học 2026–2027',
      deadline: '2027-05-31',
      status: 'in_progress',
    },
  },
  {
    topic: 'wages',
    title: 'Doanh nghiệp chậm đóng bảo hiểm xã hội cho người lao động',
    content: 'Một số doanh nghiệp chậm đóng BHXH nhiều tháng, ảnh hưởng quyền lợi người lao động.',
    addressee: ['employer', 'Các doanh nghiệp trên địa bàn huyện Hướng Hóa'],
    originals: [
      { unit: 'QT-0008', title: 'Công ty chậm đóng BHXH 6 tháng', affected: 85 },
      { unit: 'CDX-19432', title: 'Đề nghị xử lý doanh nghiệp nợ BHXH', affected: 95 },
      { unit: 'QT-0006', title: 'Chậm đóng BHXH cho công nhân thời vụ', affected: 55 },
    ],
  },
];

const units = ['CDX-19429', 'CDX-19432', 'QT-0006', 'QT-0007', 'QT-0008'];

/** Load the Hướng Hóa case and two commune officers (ks.canbo, lb.canbo) sharing the demo password. */
export async function seedPetitionsDemo(tx: Tx): Promise<void> {
  const id = async (sql: string, params: unknown[]) => (await tx.query<{ id: number }>(sql, params)).rows[0]!.id;
  for (const [username, name, code] of [
    ['ks.canbo', 'Hồ Văn Khe', 'CDX-19429'],
    ['lb.canbo', 'Lê Thị Bảo', 'CDX-19432'],
  ] as const) {
    const user = await id(
      `INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
       SELECT $1, $2, password_hash, false, (SELECT id FROM org_units WHERE code = $3) FROM app_users WHERE username = 'qt.canbo'
       RETURNING id`,
      [username, name, code],
    );
    await tx.query(
      `INSERT INTO role_grants (user_id, role, unit_id) SELECT $1, 'officer', id FROM org_units WHERE code = $2`,
      [user, code],
    );
  }
  const unit = (code: string) => `(SELECT id FROM org_units WHERE code = '${code}')`;
  // The dialogue the petitions went to (dialogues/dialogues-demo.ts, seeded before this).
  const dialogue = await id(`SELECT id FROM dialogues WHERE title = $1`, [demoDialogueTitle]);
  const call = await id(
    `INSERT INTO petition_calls (unit_id, title, description, deadline, dialogue_id, created_at)
     VALUES (${unit('LDLD-44')}, 'Lấy kiến nghị của CNVCLĐ huyện Hướng Hóa trước Hội nghị đối thoại tháng 5/2024',
       'Các công đoàn gửi kiến nghị về đời sống, việc làm, nhà ở, nhà trẻ, thiết chế văn hóa, chính sách, pháp luật và đào tạo nghề.',
       '2024-04-30 17:00+07', $1, '2024-04-10') RETURNING id`,
    [dialogue],
  );
  for (const code of units)
    await tx.query(
      `INSERT INTO petition_call_targets (call_id, unit_id, submitted_at, submitted_none)
       VALUES ($1, ${unit(code)}, '2024-04-26 09:00+07', $2)`,
      [call, false],
    );
  const event = (
    petition: number,
    kind: string,
    at: string,
    toStatus: string | null,
    note: string | null = null,
    toUnit: string | null = null,
  ) =>
    tx.query(
      `INSERT INTO petition_events (petition_id, unit_id, kind, to_status, note, to_unit_id, actor_name, at)
       SELECT id, unit_id, $2, $4, $5, ${toUnit ? unit(toUnit) : 'NULL'}, 'LĐLĐ tỉnh Quảng Trị', $3 FROM petitions WHERE id = $1`,
      [petition, kind, at, toStatus, note],
    );
  for (const g of groups) {
    const topic = `(SELECT id FROM petition_topics WHERE code = '${g.topic}')`;
    const affected = g.originals.reduce((s, o) => s + o.affected, 0);
    const status = g.answer?.status ?? 'presented';
    const parent = await id(
      `INSERT INTO petitions (unit_id, origin_unit_id, dialogue_id, is_consolidated, title, content, topic_id, raised_by,
         addressee_kind, addressee_name, affected_workers, status, answer_text, answered_by, responsible_agency, commitment,
         commitment_deadline, answered_at, resolved_at, created_at, status_changed_at)
       VALUES (${unit('LDLD-44')}, ${unit('LDLD-44')}, $1, true, $2, $3, ${topic}, 'staff', $4, $5, $6, $7, $8, $9, $10, $11, $12,
         CASE WHEN $8::text IS NULL THEN NULL ELSE timestamptz '2024-05-16 10:00+07' END,
         CASE WHEN $7 = 'resolved' THEN $12::date + 0 ELSE NULL END, '2024-05-02', '2024-05-16')
       RETURNING id`,
      [
        dialogue,
        g.title,
        g.content,
        g.addressee[0],
        g.addressee[1],
        affected,
        status,
        g.answer?.text ?? null,
        g.answer?.by ?? null,
        g.answer?.agency ?? null,
        g.answer?.commitment ?? null,
        g.answer?.deadline ?? null,
      ],
    );
    await event(parent, 'created', '2024-05-02 08:00+07', 'consolidated', String(g.originals.length));
    await event(parent, 'presented', '2024-05-16 08:00+07', 'presented', `#${dialogue}`);
    if (g.answer) {
      await event(parent, 'answered', '2024-05-16 10:00+07', null, g.answer.by);
      if (status !== 'answered') await event(parent, 'status', '2024-06-01 08:00+07', status);
    }
    for (const o of g.originals) {
      const original = await id(
        `INSERT INTO petitions (unit_id, origin_unit_id, call_id, consolidated_into_id, title, content, topic_id, raised_by,
           addressee_kind, addressee_name, affected_workers, status, created_at)
         VALUES (${unit('LDLD-44')}, ${unit(o.unit)}, $1, $2, $3, $4, ${topic}, 'unit', $5, $6, $7, 'consolidated', '2024-04-26')
         RETURNING id`,
        [call, parent, o.title, g.content, g.addressee[0], g.addressee[1], o.affected],
      );
      await event(original, 'created', '2024-04-26 09:00+07', 'collected');
      await event(original, 'consolidated', '2024-05-02 08:00+07', 'consolidated', `#${parent}`);
    }
    if (g.escalate) {
      await event(parent, 'escalated', '2024-08-05 08:00+07', null, 'Quá hạn, thuộc thẩm quyền Quốc hội', 'TLD');
      await tx.query(`UPDATE petitions SET unit_id = ${unit('TLD')}, escalation_level = 1 WHERE id = $1`, [parent]);
    }
  }
}
