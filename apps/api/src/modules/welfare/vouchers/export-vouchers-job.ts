import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { todayVN } from '@congdoan/domain';
import { requireActor } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { CSV_BOM, csvRecord } from '../../../kit/spreadsheet/csv-writer';
import { XlsxBook, type XlsxColumn } from '../../../kit/spreadsheet/xlsx-writer';
import { newFileKey } from '../../../storage/file-store';
import type { JobHandler } from '../../jobs';
import { assertMayExport } from './export-vouchers';
import { provinceIdSql } from './vouchers.queries';

const FETCH = 5_000;

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

function openSink(file: string, format: 'xlsx' | 'csv') {
  if (format === 'csv') {
    const out = fs.createWriteStream(file);
    out.write(CSV_BOM + csvRecord(columns.map((c) => c.key)));
    return {
      add: (r: Row) => out.write(csvRecord(cells(r).map((c) => (c instanceof Date ? c.toISOString() : c)))),
      close: () => new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve()))),
      drained: () =>
        out.writableNeedDrain ? new Promise<void>((r) => out.once('drain', () => r())) : Promise.resolve(),
    };
  }
  const book = new XlsxBook(file);
  const sheet = book.sheet('Phiếu mua hàng', columns);
  return {
    add: (r: Row) => sheet.add(cells(r)),
    close: async () => {
      await book.finish();
    },
    drained: () => Promise.resolve(),
  };
}

/** Declared with its kind in module.ts: a cursor over one snapshot, streamed into the file, then logged. */
export const exportVouchersJob: JobHandler = async (job, io) => {
  const actor = requireActor(io.ctx);
  const programmeId = Number(job.input.programmeId);
  const unitId = Number(job.input.unitId);
  const format = job.input.format === 'csv' ? 'csv' : 'xlsx';
  const unit = await assertMayExport(io.ctx.pool, actor, programmeId, unitId);
  const tmp = path.join(os.tmpdir(), `congdoan-vouchers-${randomUUID()}.${format}`);
  const client = await io.ctx.pool.connect();
  let count = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const where = 'v.programme_id = $1 AND u.path <@ $2::ltree';
    const total = (
      await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM welfare_vouchers v JOIN org_units u ON u.id = v.unit_id WHERE ${where}`,
        [programmeId, unit.path],
      )
    ).rows[0]!.n;
    await io.progress(0, total);
    await client.query(
      `DECLARE voucher_cursor NO SCROLL CURSOR FOR
       SELECT v.code, v.phone, n.full_name, v.value_vnd, v.valid_from::text AS valid_from,
              v.valid_to::text AS valid_to, pr.name AS province, u.code AS unit_code, u.name AS unit_name,
              v.redeemed_at
         FROM welfare_vouchers v JOIN org_units u ON u.id = v.unit_id
         JOIN welfare_nominations n ON n.id = v.nomination_id JOIN org_units pr ON pr.id = ${provinceIdSql('u')}
        WHERE ${where} ORDER BY v.id`,
      [programmeId, unit.path],
    );
    const sink = openSink(tmp, format);
    for (;;) {
      const { rows } = await client.query<Row>(`FETCH ${FETCH} FROM voucher_cursor`);
      for (const r of rows) sink.add(r);
      count += rows.length;
      await sink.drained();
      await io.progress(count, total);
      if (rows.length < FETCH) break;
    }
    await sink.close();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    await fs.promises.rm(tmp, { force: true });
    throw error;
  } finally {
    client.release();
  }
  const fileKey = newFileKey('exports', format);
  try {
    await io.files.put(fileKey, fs.createReadStream(tmp));
  } finally {
    await fs.promises.rm(tmp, { force: true });
  }
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
