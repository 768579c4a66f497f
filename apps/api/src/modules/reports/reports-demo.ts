import type { ReportFormInput } from '@congdoan/domain';
import type { Tx } from '../../db/tx';
import { saveFormVersion } from './forms';

const narrative = [
  { key: 'ket_qua', title: 'Đánh giá chung kết quả thực hiện', kind: 'narrative' },
  { key: 'kho_khan', title: 'Khó khăn, vướng mắc', kind: 'narrative' },
  { key: 'de_xuat', title: 'Kiến nghị, đề xuất', kind: 'narrative' },
  { key: 'phuong_huong', title: 'Phương hướng, nhiệm vụ kỳ tới', kind: 'narrative' },
] as const;

/** The quarterly union-work report (báo cáo kết quả hoạt động công đoàn quý). */
export const quarterlyForm: Omit<ReportFormInput, 'unitId'> = {
  code: 'bc_quy',
  name: 'Báo cáo kết quả hoạt động công đoàn quý',
  frequency: 'quarter',
  levels: ['upper_union', 'grassroots_union'],
  sections: [
    {
      key: 'to_chuc',
      title: 'I. Phát triển đoàn viên, thành lập công đoàn cơ sở',
      kind: 'indicators',
      indicators: ['members.admitted', 'members.left', 'members.active', 'org.grassroots_founded'],
    },
    {
      key: 'dai_dien',
      title: 'II. Đại diện, bảo vệ quyền lợi người lao động',
      kind: 'indicators',
      indicators: ['petitions.received', 'petitions.answered', 'petitions.answered_rate', 'dialogues.held'],
    },
    {
      key: 'hoat_dong',
      title: 'III. Chăm lo, hoạt động phong trào',
      kind: 'indicators',
      indicators: [
        'welfare.beneficiaries',
        'welfare.handed_out_vnd',
        'welfare.homes_handed_over',
        'welfare.homes_cost_vnd',
        'welfare.vouchers_issued',
        'events.held',
        'events.participants',
        'tet_sum_vay.units',
        'tet_market.registrations',
      ],
    },
    ...narrative,
  ],
  entered: [
    { key: 'dialogues.held', vi: 'Số cuộc đối thoại tại nơi làm việc', unit: 'count', aggregation: 'sum' },
    { key: 'tet_sum_vay.units', vi: 'Số đơn vị tổ chức "Tết sum vầy"', unit: 'count', aggregation: 'sum' },
    {
      key: 'tet_market.registrations',
      vi: 'Lượt đăng ký "Chợ Tết Công đoàn" trực tuyến',
      unit: 'count',
      aggregation: 'sum',
    },
  ],
};

/** The Workers' Month report (báo cáo kết quả Tháng Công nhân). */
export const workersMonthForm: Omit<ReportFormInput, 'unitId'> = {
  code: 'thang_cong_nhan',
  name: 'Báo cáo kết quả Tháng Công nhân',
  frequency: 'year',
  levels: ['upper_union', 'grassroots_union'],
  sections: [
    {
      key: 'hoat_dong',
      title: 'I. Các hoạt động trong Tháng Công nhân',
      kind: 'indicators',
      indicators: ['events.held', 'events.participants', 'wm.workers_visited', 'wm.gift_vnd'],
    },
    { key: 'ket_qua', title: 'II. Đánh giá kết quả', kind: 'narrative' },
    { key: 'de_xuat', title: 'III. Kiến nghị, đề xuất', kind: 'narrative' },
  ],
  entered: [
    { key: 'wm.workers_visited', vi: 'Lượt công nhân được thăm hỏi, tặng quà', unit: 'count', aggregation: 'sum' },
    { key: 'wm.gift_vnd', vi: 'Giá trị quà tặng (đồng)', unit: 'vnd', aggregation: 'sum' },
  ],
};

/**
 * Demo: both forms as the confederation's (every unit may use them), and LĐLĐ Quảng Trị's quarterly report for
 * Q3 2026 assigned to its subtree.
 */
export async function seedReportsDemo(tx: Tx): Promise<void> {
  const { rows } = await tx.query<{ id: number }>('SELECT id::int FROM org_units WHERE parent_id IS NULL LIMIT 1');
  if (!rows[0]) return;
  const quarterly = await saveFormVersion(tx, { ...quarterlyForm, unitId: rows[0].id }, null);
  await saveFormVersion(tx, { ...workersMonthForm, unitId: rows[0].id }, null);
  await tx.query(
    `INSERT INTO report_assignments (form_id, unit_id, period_from, period_to, period_label, deadline)
     SELECT $1, id, '2026-07-01', '2026-09-30', 'Quý III năm 2026', '2026-10-10' FROM org_units WHERE code = 'LDLD-44'`,
    [quarterly.id],
  );
  // Officers of one commune union and two of its grassroots unions, to walk a round up the tree; same
  // one-time password as the other demo accounts.
  await tx.query(
    `WITH a(username, display_name, code) AS (VALUES
       ('px.dongha', 'Hoàng Văn Nam', 'CDX-19333'),
       ('cdcs.dongha', 'Lê Thị Mai', 'QT-0001'),
       ('cdcs.leloi', 'Nguyễn Văn Bình', 'QT-0002')),
     u AS (INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
           SELECT a.username, a.display_name, t.password_hash, t.must_change_password, o.id
             FROM a JOIN org_units o ON o.code = a.code, app_users t WHERE t.username = 'qt.canbo'
           RETURNING id, home_unit_id)
     INSERT INTO role_grants (user_id, role, unit_id) SELECT id, 'officer', home_unit_id FROM u`,
  );
}
