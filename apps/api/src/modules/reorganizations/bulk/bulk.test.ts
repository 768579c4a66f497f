import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@congdoan/domain';
import { unitId, useTestApp, type Session } from '../../../testing/test-app';
import { runNextJob } from '../../jobs/job-runner';
import { parseCsv } from './parse-mapping';
import { treeFingerprint } from '../../../testing/org-tree';

const t = useTestApp();
let admin: Session;
let province: number;

beforeAll(async () => {
  admin = await t.signIn('qt.quantri');
  province = await unitId(t, 'LDLD-44');
});

const fingerprint = () => treeFingerprint(t);
const uploadCsv = (csv: string, effectiveOn = '2026-07-01') =>
  admin.request('POST', `/api/bulk-reorganizations?unitId=${province}&effectiveOn=${effectiveOn}`, {
    fileName: 'sap-xep.csv',
    csv,
  });

/** POST a real multipart upload, as the browser does. */
async function uploadFile(name: string, content: Buffer) {
  const boundary = '----congdoan' + Date.now();
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/api/bulk-reorganizations?unitId=${province}&effectiveOn=2026-07-01`,
    headers: {
      cookie: admin.cookie,
      'x-csrf-token': admin.csrf,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
}

async function xlsx(build: (ws: ExcelJS.Worksheet) => void, sheet = 'Sắp xếp'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet(sheet));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const parent = async (code: string) =>
  (
    await t.db.pool.query<{ code: string }>(
      'SELECT p.code FROM org_units u JOIN org_units p ON p.id = u.parent_id WHERE u.code = $1',
      [code],
    )
  ).rows[0]?.code;

describe('bulk restructuring from a mapping file', () => {
  it('previews every conflict with its row and field, changes nothing, and refuses to apply', async () => {
    const before = await fingerprint();
    const res = await uploadCsv(
      [
        'Mã đơn vị,Mã cấp trên mới,Tên mới,Loại mới,Ngày hiệu lực,Giải thể',
        'KHONG-CO,CDX-19333,,,,', // 2 unknown unit
        'QT-0001,KHONG-CO,,,,', // 3 unknown parent
        'QT-0002,LDLD-HH,,,,', // 4 closed target
        'KCN-NDH,QT-0101,,,,', // 5 cycle
        'QT-0002,CDX-19351,,,,', // 6 duplicate
        'QT-0005,CDX-19333,,,31/02/2026,', // 7 bad date
        'CDX-19351,,,,,x', // 8 closed with children left: orphans
        'QT-0101,CDX-19351,,sai_loai,,', // 9 bad kind
        'LC-0001,CDX-19333,,,,', // 10 other province: unknown in this scope
      ].join('\n'),
    );
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview.conflicts.map((c: { row: number; code: string }) => [c.row, c.code])).toEqual([
      [2, 'ROW_UNKNOWN_UNIT'],
      [3, 'ROW_UNKNOWN_PARENT'],
      [4, 'UNIT_CLOSED'],
      [5, 'REORG_CYCLE'],
      [6, 'ROW_DUPLICATE'],
      [7, 'ROW_INVALID_DATE'],
      [8, 'ROW_ORPHANS'],
      [9, 'ROW_INVALID_KIND'],
      [10, 'ROW_UNKNOWN_UNIT'],
    ]);
    expect(preview.conflicts[0].message).toBe('Không có đơn vị mã KHONG-CO trong phạm vi của bạn.');
    expect(preview.conflicts[1].field).toBe('newParentCode');
    expect(await fingerprint()).toBe(before);
    const apply = await admin.request('POST', `/api/bulk-reorganizations/${preview.id}/apply`, {});
    expect(apply.statusCode).toBe(400);
    expect(apply.json().error).toMatchObject({ code: 'BULK_HAS_CONFLICTS' });
    expect(apply.json().error.message).toContain('9 xung đột');
    expect(await fingerprint()).toBe(before);
  });

  it('creates new commune unions, moves units under them, closes the emptied one; applies as one job; undo is a new operation', async () => {
    const csv = [
      'ma_don_vi,ma_cap_tren_moi,ten_moi,loai_moi,ngay_hieu_luc,giai_the',
      'QT-0004,CDX-99001,,,,',
      'CDX-99001,LDLD-44,Công đoàn phường Mới Một,commune_union,,',
      'QT-0005,CDX-99001,,,,',
      'CDX-19351,CDX-99001,,,,x',
      'QT-0001,CDX-19333,CĐCS Công ty CP Thương mại Đông Hà (đổi tên),,,',
    ].join('\n');
    const before = await fingerprint();
    const res = await uploadCsv(csv);
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview.conflicts).toEqual([]);
    expect(preview.changes.map((c: { type: string; code: string; row: number }) => [c.row, c.type, c.code])).toEqual([
      [3, 'create', 'CDX-99001'],
      [2, 'move', 'QT-0004'],
      [4, 'move', 'QT-0005'],
      [6, 'rename', 'QT-0001'],
      [5, 'close', 'CDX-19351'],
    ]);
    expect(await fingerprint()).toBe(before); // a preview is a rolled-back run
    const apply = await admin.request('POST', `/api/bulk-reorganizations/${preview.id}/apply`, {});
    expect(apply.statusCode, apply.body).toBe(200);
    expect(apply.json()).toMatchObject({ status: 'queued' });
    expect(await runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files)).toBe(true);
    const done = (await admin.request('GET', `/api/bulk-reorganizations/${preview.id}`)).json();
    expect(done.status).toBe('applied');
    const job = (await admin.request('GET', `/api/jobs/${done.jobId}`)).json();
    expect(job).toMatchObject({ status: 'succeeded', percent: 100 });
    expect(await parent('QT-0004')).toBe('CDX-99001');
    expect(await parent('QT-0005')).toBe('CDX-99001');
    const closed = await t.db.pool.query(
      "SELECT to_char(closed_on, 'YYYY-MM-DD') AS c FROM org_units WHERE code = 'CDX-19351'",
    );
    expect(closed.rows[0].c).toBe('2026-06-30');
    const audit = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE request_id = $1 AND source = 'job'",
      [`job-${done.jobId}`],
    );
    expect(audit.rows[0].n).toBeGreaterThan(5);
    // Undo: a new dated operation that reverses it.
    const undo = await admin.request('POST', `/api/reorganizations/${done.reorganizationId}/undo`, {
      effectiveOn: '2026-08-01',
    });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(await parent('QT-0004')).toBe('CDX-19351');
    const created = await t.db.pool.query(
      "SELECT to_char(closed_on, 'YYYY-MM-DD') AS c FROM org_units WHERE code = 'CDX-99001'",
    );
    expect(created.rows[0].c).toBe('2026-07-31');
    const children = await admin.request(
      'GET',
      `/api/org-units/${await unitId(t, 'CDX-99001')}/children?asOf=2026-07-15`,
    );
    expect(
      children
        .json()
        .items.map((u: { code: string }) => u.code)
        .sort(),
    ).toEqual(['QT-0004', 'QT-0005']);
  });

  it('reads .xlsx by streaming and refuses formulas and merged cells per row', async () => {
    const file = await xlsx((ws) => {
      ws.addRow(['ma_don_vi', 'ma_cap_tren_moi']);
      ws.addRow(['QT-0002', { formula: 'CONCATENATE("CDX-","19351")', result: 'CDX-19351' }]);
      ws.addRow(['QT-0003', 'CDX-19429']);
      ws.addRow(['QT-0006', 'CDX-19333']);
      ws.addRow(['QT-0007', null]);
      ws.mergeCells('B4:B5');
    });
    const res = await uploadFile('sap-xep.xlsx', file);
    expect(res.statusCode, res.body).toBe(200);
    const codes = res.json().conflicts.map((c: { row: number; code: string }) => `${c.row}:${c.code}`);
    expect(codes).toContain('2:ROW_FORMULA');
    expect(codes).toContain('4:ROW_MERGED_CELL');
    expect(res.json().changes.map((c: { code: string }) => c.code)).toContain('QT-0003');
  });

  it('names the sheet when no sheet has the template columns', async () => {
    const file = await xlsx((ws) => {
      ws.addRow(['Họ tên', 'Ngày sinh']);
      ws.addRow(['Nguyễn Văn A', '01/01/1990']);
    }, 'Đoàn viên');
    const res = await uploadFile('nham-tep.xlsx', file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BULK_SHEET_INVALID');
    expect(res.json().error.message).toContain('"Đoàn viên"');
  });

  it('stops at the row limit without reading a million rows, and refuses a file that is not a spreadsheet', async () => {
    let sent = 0;
    const million = Readable.from(
      (function* () {
        yield 'ma_don_vi,ma_cap_tren_moi\n';
        for (; sent < 1_000_000; sent++) yield `QT-${sent},CDX-19333\n`;
      })(),
    );
    const started = Date.now();
    const error = await parseCsv(million).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BULK_TOO_MANY_ROWS');
    expect(sent).toBeLessThan(100_000);
    expect(Date.now() - started).toBeLessThan(5000);
    const fake = await uploadFile(
      'gia.xlsx',
      Buffer.from('ma_don_vi,ma_cap_tren_moi\n' + 'QT-0001,CDX-19333\n'.repeat(40)),
    );
    expect(fake.statusCode).toBe(415);
    const broken = await uploadFile(
      'hong.xlsx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(600, 1)]),
    );
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('BULK_FILE_UNREADABLE');
  });

  it('proposes a mapping file from the old→new administrative mapping', async () => {
    // Two units still carry pre-2025 communes: Thị trấn Khe Sanh (→ Xã Khe Sanh, which has a union) and
    // Xã Hướng Linh (→ Xã Hướng Phùng, which has none yet: proposed as a new commune union).
    await t.db.pool.query(
      `UPDATE org_units SET admin_version = 'pre-2025', province_code = '45', district_code = NULL,
              commune_code = CASE code WHEN 'QT-0101' THEN '19429' ELSE '19447' END
        WHERE code IN ('QT-0101', 'QT-0102')`,
    );
    const res = await admin.request('GET', `/api/bulk-reorganizations/proposal?unitId=${province}`);
    expect(res.statusCode).toBe(200);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('ma_don_vi,ma_cap_tren_moi,ten_moi,loai_moi');
    expect(lines).toContain('QT-0101,CDX-19429,,');
    expect(lines).toContain('CDX-19441,LDLD-44,Công đoàn xã Hướng Phùng,commune_union');
    expect(lines).toContain('QT-0102,CDX-19441,,');
    expect(lines.some((l) => l.startsWith('QT-0006'))).toBe(false); // already under its new union
  });
});
