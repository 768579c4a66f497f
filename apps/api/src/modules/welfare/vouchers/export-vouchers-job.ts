import { todayVN } from '@congdoan/domain';
import { requireActor } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { exportToFile } from '../../../kit/spreadsheet/export-file';
import type { XlsxColumn } from '../../../kit/spreadsheet/xlsx-writer';
import type { JobHandler } from '../../jobs';
import { assertMayExport } from './export-vouchers';
import { provinceIdSql } from './vouchers.queries';

/**
 * The columns a market platform imports. One list for both files: `key` heads the CSV (ASCII, stable, for
 * systems), `header` the .xlsx (for people). The header is on row 1 in both: the file is meant to be imported,
 * so no title block.
 */
const columns: (XlsxColumn & { key: string })[] = [
  { key: 'ma_phieu', header: 'Mã phiếu', kind: 'text' },
  { key: 'so_dien_thoai', header: 'Số điện thoại', kind: 'text' },
  { key: 'ho_ten', header: 'Họ và tên', maxWidth: 32 },
  { key: 'gia_tri_vnd', header: 'Giá trị (đồng)', kind: 'money' },
  { key: 'hieu_luc_tu', header: 'Hiệu lực từ ngày', kind: 'date' },
  { key: 'hieu_luc_den', header: 'Hiệu lực đến ngày', kind: 'date' },
  { key: 'tinh_thanh', header: 'Tỉnh, thành phố', maxWidth: 32 },
  { key: 'ma_don_vi', header: 'Mã đơn vị đề nghị' },
  { key: 'don_vi', header: 'Đơn vị đề nghị', maxWidth: 40 },
  { key: 'da_su_dung_luc', header: 'Đã sử dụng lúc', kind: 'datetime' },
];

type Row = {
  code: string;
  phone: string;
  full_name: string;
  value_vnd: number;
  valid_from: string;
  valid_to: string;
  province: string;
  unit_code: string | null;
  unit_name: string;
  redeemed_at: Date | null;
};

const cells = (r: Row) => [
  r.code,
  r.phone,
  r.full_name,
  r.value_vnd,
  r.valid_from,
  r.valid_to,
  r.province,
  r.unit_code,
  r.unit_name,
  r.redeemed_at,
];

/** Declared with its kind in module.ts: one snapshot streamed into the file (kit exportToFile), then logged. */
export const exportVouchersJob: JobHandler = async (job, io) => {
  const actor = requireActor(io.ctx);
  const programmeId = Number(job.input.programmeId);
  const unitId = Number(job.input.unitId);
  const format = job.input.format === 'csv' ? 'csv' : 'xlsx';
  const unit = await assertMayExport(io.ctx.pool, actor, programmeId, unitId);
  const where = 'v.programme_id = $1 AND u.path <@ $2::ltree';
  const { rows: count, fileKey } = await exportToFile<Row>(
    { pool: io.ctx.pool, files: io.files, progress: io.progress },
    {
      format,
      sheet: 'Phiếu mua hàng',
      columns,
      csvHeader: columns.map((c) => c.key),
      count: {
        sql: `SELECT count(*)::int AS n FROM welfare_vouchers v JOIN org_units u ON u.id = v.unit_id WHERE ${where}`,
        params: [programmeId, unit.path],
      },
      select: {
        sql: `SELECT v.code, v.phone, n.full_name, v.value_vnd, v.valid_from::text AS valid_from,
                     v.valid_to::text AS valid_to, pr.name AS province, u.code AS unit_code, u.name AS unit_name,
                     v.redeemed_at
                FROM welfare_vouchers v JOIN org_units u ON u.id = v.unit_id
                JOIN welfare_nominations n ON n.id = v.nomination_id JOIN org_units pr ON pr.id = ${provinceIdSql('u')}
               WHERE ${where} ORDER BY v.id`,
        params: [programmeId, unit.path],
      },
      cells,
    },
  );
  await io.ctx.tx('welfare_voucher.export', (tx) =>
    auditEvent(tx, {
      action: 'welfare_voucher.export',
      entityType: 'jobs',
      entityId: job.id,
      data: { programmeId, unitId, format, rows: count },
    }),
  );
  return {
    rows: count,
    fileKey,
    fileName: `phieu-cho-tet-${programmeId}-${unitId}-${todayVN(io.ctx.now())}.${format}`,
  };
};
