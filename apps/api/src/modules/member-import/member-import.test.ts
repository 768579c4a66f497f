import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { encodeTcvn3, encodeVni } from '@congdoan/domain';
import { runNextJob } from '../jobs/job-runner';
import { readXlsxBack, xlsxSheets } from '../../testing/xlsx-read-back';
import { unitId, useTestApp, type Session } from '../../testing/test-app';

const t = useTestApp();
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

async function xlsxBase64(rows: unknown[][], build?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build?.(wb);
  const ws = wb.addWorksheet('Danh sách');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function upload(s: Session, unit: number, fileName: string, contentBase64: string) {
  return s.request('POST', `/api/imports?unitId=${unit}`, { fileName, contentBase64 });
}

async function job(id: number) {
  return (await t.db.pool.query('SELECT status, result, error, done, total FROM jobs WHERE id = $1', [id])).rows[0];
}

const header = ['STT', 'HỌ VÀ TÊN', 'Giới tính', 'Ngày tháng năm sinh', 'Số CCCD/CMND', 'SĐT', 'Ghi chú'];

describe('member import', () => {
  it('uploads, proposes a mapping, checks every row, and commits the valid rows only', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0001');
    // Someone already known in the unit, to be matched by CCCD.
    const known = await s.request('POST', '/api/members', {
      person: { fullName: 'Lê Văn Cũ', gender: 'male', birthDate: '1980-01-01', cccd: '045080000001' },
      unitId: unit,
      admittedOn: '2020-01-01',
    });
    expect(known.statusCode, known.body).toBe(200);
    const file = await xlsxBase64([
      ['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ'],
      [],
      header,
      [1, 'Nguyễn Thị Lan', 'Nữ', '12/04/1990', '045190001234', '0912345678', ''],
      [2, encodeTcvn3('Đặng Thị Hương'), 'Nữ', 32874, 45190001235, 912345679, ''],
      [3, encodeVni('Phạm Văn Đức'), 'Nam', '03/11/1985', null, null, ''],
      [4, '', 'Nam', '01/01/1990', null, null, 'thiếu tên'],
      [5, 'Trần Văn Sai', 'Nam', '01/01/1990', '123', '12345', ''],
      [6, 'Nguyễn Thị Lan Trùng', 'Nữ', '12/04/1990', '045190001234', null, ''],
      [7, 'Lê Văn Cũ', 'Nam', '01/01/1980', '045080000001', '0987654321', 'đã có'],
      [8, '=HYPERLINK("http://x")', 'Nam', '01/01/1991', null, null, ''],
    ]);
    const res = await upload(s, unit, 'danh-sach.xlsx', file);
    expect(res.statusCode, res.body).toBe(200);
    const imp = res.json();
    expect(imp).toMatchObject({ status: 'uploaded', headerRow: 3, dataStart: 4, sheetIndex: 0 });
    expect(imp.fields).toEqual([null, 'fullName', 'gender', 'birthDate', 'cccd', 'phone', null]);

    const checked = await s.request('POST', `/api/imports/${imp.id}/check`, {
      sheetIndex: 0,
      headerRow: 3,
      fields: imp.fields,
      admittedOn: '2026-03-01',
    });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(await run()).toBe(true);
    const checkJob = await job(checked.json().previewJobId);
    expect(checkJob.status, JSON.stringify(checkJob.error)).toBe('succeeded');
    const after = (await s.request('GET', `/api/imports/${imp.id}`)).json();
    expect(after.status).toBe('checked');
    expect(after.stats).toMatchObject({ total: 8, withErrors: 3, matched: 1, toCreate: 4, toUpdate: 1 });

    const rows = (await s.request('GET', `/api/imports/${imp.id}/rows?pageSize=20`)).json().items;
    const byRow = (n: number) => rows.find((r: { rowNo: number }) => r.rowNo === n);
    expect(byRow(5)).toMatchObject({ fullName: 'Đặng Thị Hương', birthDate: '1990-01-01', cccd: '045190001235' });
    expect(byRow(5).warnings.map((w: { code: string }) => w.code)).toEqual(
      expect.arrayContaining(['tcvn3', 'date_serial', 'leading_zero']),
    );
    expect(byRow(6).fullName).toBe('Phạm Văn Đức');
    expect(byRow(7).errors[0]).toMatchObject({ code: 'required', field: 'name' });
    expect(
      byRow(8)
        .errors.map((e: { code: string }) => e.code)
        .sort(),
    ).toEqual(['cccd_invalid', 'phone_invalid']);
    expect(byRow(9).errors[0]).toMatchObject({ code: 'duplicate_in_file', from: '4' });
    expect(byRow(10)).toMatchObject({ match: { kind: 'cccd', name: 'Lê Văn Cũ' }, effectiveAction: 'update' });
    const errorsOnly = (await s.request('GET', `/api/imports/${imp.id}/rows?filter=errors`)).json();
    expect(errorsOnly.total).toBe(3);

    // The error file: the failing rows with reasons, a formula-looking cell neutralised.
    const file2 = await s.request('GET', `/api/jobs/${after.previewJobId}/file`);
    expect(file2.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file2.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(1).text).toBe('7');
    expect(sheet.getRow(3).getCell(9).text).toContain('Số CCCD không hợp lệ');
    expect(sheet.getRow(1).getCell(1).font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(file2.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    // Skip one row by hand.
    const skip = await s.request('POST', `/api/imports/${imp.id}/rows/6`, { action: 'skip' });
    expect(skip.statusCode, skip.body).toBe(200);
    expect(skip.json()).toMatchObject({ rowNo: 6, action: 'skip', effectiveAction: 'skip' });

    // All or nothing with errors: nothing is written, the import can be committed again.
    const personsBefore = (await t.db.pool.query('SELECT count(*)::int AS n FROM persons')).rows[0].n;
    const strict = await s.request('POST', `/api/imports/${imp.id}/commit`, { mode: 'all_or_nothing' });
    expect(strict.statusCode, strict.body).toBe(200);
    await run();
    expect((await job(strict.json().commitJobId)).error.code).toBe('IMPORT_HAS_ERRORS');
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM persons')).rows[0].n).toBe(personsBefore);
    expect((await s.request('GET', `/api/imports/${imp.id}`)).json().status).toBe('checked');

    const commit = await s.request('POST', `/api/imports/${imp.id}/commit`, { mode: 'valid_only' });
    expect(commit.statusCode, commit.body).toBe(200);
    await run();
    const commitJob = await job(commit.json().commitJobId);
    expect(commitJob.status, JSON.stringify(commitJob.error)).toBe('succeeded');
    expect(commitJob.result).toMatchObject({ created: 3, updated: 1, skipped: 1, failed: 3 });
    expect(commitJob).toMatchObject({ done: 8, total: 8 });
    const { rows: people } = await t.db.pool.query(
      `SELECT p.full_name, p.cccd, p.phone, p.member_status, p.unit_id, p.membership_id IS NOT NULL AS has_m,
              m.admitted_on::text AS admitted
         FROM persons p LEFT JOIN memberships m ON m.id = p.membership_id
        WHERE p.cccd IN ('045190001234', '045190001235', '045080000001') ORDER BY p.full_name`,
    );
    expect(people).toEqual([
      expect.objectContaining({ full_name: 'Lê Văn Cũ', phone: '0987654321', member_status: 'active' }),
      expect.objectContaining({
        full_name: 'Nguyễn Thị Lan',
        member_status: 'active',
        unit_id: unit,
        admitted: '2026-03-01',
      }),
      expect.objectContaining({ full_name: 'Đặng Thị Hương', cccd: '045190001235', phone: '0912345679' }),
    ]);
    const audit = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'persons' AND action = 'member_import.commit'`,
    );
    expect(audit.rows[0].n).toBe(4); // 3 created + 1 updated, one audit row each
    // The member rollups moved in the commit's transaction and equal a full recount (issue 7).
    expect((await t.db.pool.query('SELECT * FROM member_rollups_check()')).rows).toEqual([]);
    // Searchable at once.
    const found = await s.request('GET', '/api/members?q=dang%20thi%20huong');
    expect(found.json().items.map((m: { fullName: string }) => m.fullName)).toContain('Đặng Thị Hương');

    // A rerun of the finished commit job (as after a crash before it was marked done) writes nothing twice.
    await t.db.pool.query("UPDATE jobs SET status = 'queued' WHERE id = $1", [commit.json().commitJobId]);
    await run();
    expect((await job(commit.json().commitJobId)).result).toMatchObject({ rerun: true });
    expect(
      (await t.db.pool.query("SELECT count(*)::int AS n FROM persons WHERE cccd = '045190001234'")).rows[0].n,
    ).toBe(1);
  });

  it('rolls back the whole commit when the database refuses one row', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0002');
    const res = await upload(
      s,
      unit,
      'a.xlsx',
      await xlsxBase64([
        ['Họ tên', 'Ngày sinh', 'Giới tính'],
        ['Ông Thị Thử Một', '01/01/1990', 'Nữ'],
        ['Ông Thị Thử Hai', '01/01/1991', 'Nữ'],
      ]),
    );
    const imp = res.json();
    await s.request('POST', `/api/imports/${imp.id}/check`, { sheetIndex: 0, headerRow: 1, fields: imp.fields });
    await run();
    // Simulate a failure in the middle of writing (a value the persons table refuses).
    await t.db.pool.query("UPDATE member_import_rows SET gender = 'x' WHERE import_id = $1 AND row_no = 3", [imp.id]);
    const commit = await s.request('POST', `/api/imports/${imp.id}/commit`, { mode: 'valid_only' });
    await run();
    expect((await job(commit.json().commitJobId)).status).toBe('failed');
    expect(
      (await t.db.pool.query("SELECT count(*)::int AS n FROM persons WHERE full_name LIKE 'Ông Thị Thử%'")).rows[0].n,
    ).toBe(0);
    expect((await s.request('GET', `/api/imports/${imp.id}`)).json().status).toBe('checked');
  });

  it('refuses bad files with clear coded errors and writes nothing', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0001');
    const count = async () => (await t.db.pool.query('SELECT count(*)::int AS n FROM member_imports')).rows[0].n;
    const before = await count();
    const notXlsx = await upload(s, unit, 'x.xlsx', Buffer.from('just some text').toString('base64'));
    expect(notXlsx.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const fakeZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]);
    const broken = await upload(s, unit, 'x.xlsx', fakeZip.toString('base64'));
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toMatchObject({ code: 'IMPORT_NOT_SPREADSHEET' });
    expect(broken.json().error.message).toContain('không phải bảng tính');
    const bomb = await upload(
      s,
      unit,
      'x.xlsx',
      await xlsxBase64([
        ['Họ tên', 'SĐT'],
        ['a'.repeat(8 * 2 ** 20), '1'],
      ]),
    );
    expect(bomb.json().error.code).toBe('IMPORT_ZIP_BOMB');
    const noHeader = await upload(s, unit, 'x.xlsx', await xlsxBase64([['Nguyễn Văn A', '01/01/1990']]));
    expect(noHeader.json().error).toMatchObject({ code: 'IMPORT_NO_HEADER' });
    expect(noHeader.json().error.message).toContain('Danh sách');
    expect(await count()).toBe(before);

    // Several sheets: the instructions sheet is skipped; choosing it by hand says it has no header.
    const two = await upload(
      s,
      unit,
      'x.xlsx',
      await xlsxBase64([['Họ tên', 'Ngày sinh']], (wb) => wb.addWorksheet('Hướng dẫn').addRow(['Điền từ dòng 2'])),
    );
    expect(two.json()).toMatchObject({ sheetIndex: 1, sheets: [{ name: 'Hướng dẫn' }, { name: 'Danh sách' }] });
    const wrong = await s.request('POST', `/api/imports/${two.json().id}/sheet`, { sheetIndex: 0 });
    expect(wrong.json().error.code).toBe('IMPORT_NO_HEADER');
  });

  it('remembers the confirmed mapping for the unit', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0003');
    const file = await xlsxBase64([
      ['Họ tên', 'Mã nhân viên', 'Ngày sinh', 'Giới tính'],
      ['Phan Thị A', 'NV-01', '01/01/1990', 'Nữ'],
    ]);
    const first = (await upload(s, unit, 'a.xlsx', file)).json();
    expect(first.fields).toEqual(['fullName', null, 'birthDate', 'gender']);
    await s.request('POST', `/api/imports/${first.id}/check`, {
      sheetIndex: 0,
      headerRow: 1,
      fields: ['fullName', 'cardNumber', 'birthDate', 'gender'],
    });
    await run();
    const second = (await upload(s, unit, 'b.xlsx', file)).json();
    expect(second.fields).toEqual(['fullName', 'cardNumber', 'birthDate', 'gender']);
  });

  it('serves the import template: it opens with the headers and example rows an official fills in', async () => {
    const s = await t.signIn('qt.canbo');
    const res = await s.request('GET', '/api/imports/template');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('mau-nhap-doan-vien.xlsx');
    const sheets = await xlsxSheets(res.rawPayload);
    expect([...sheets.keys()]).toEqual(['Danh sách đoàn viên', 'Hướng dẫn']);
    const list = sheets.get('Danh sách đoàn viên')!;
    expect(list[0]!.slice(0, 7)).toEqual([
      'STT',
      'Họ và tên (*)',
      'Giới tính (*)',
      'Ngày sinh (*)',
      'Số CCCD',
      'Số CMND',
      'Số điện thoại',
    ]);
    expect(list[1]!.slice(1, 5)).toEqual(['Nguyễn Thị Lan', 'Nữ', '12/04/1990', '045190001234']);
    const help = sheets.get('Hướng dẫn')!;
    expect(help.map((r) => r[0])).toEqual(expect.arrayContaining(list[0]!));
  });

  it('exports the filtered list as CSV with formula cells neutralised and the export audited', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0004');
    await s.request('POST', '/api/members', {
      person: { fullName: '=cmd Bùi', gender: 'male', birthDate: '1990-01-01' },
      unitId: unit,
      admittedOn: '2025-01-01',
    });
    const res = await s.request('POST', '/api/members/exports', { format: 'csv', filter: { unit } });
    expect(res.statusCode, res.body).toBe(200);
    await run();
    const { jobId } = res.json();
    const j = await job(jobId);
    expect(j.status, JSON.stringify(j.error)).toBe('succeeded');
    const file = await s.request('GET', `/api/jobs/${jobId}/file`);
    const lines = file.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('Họ và tên');
    expect(lines).toHaveLength(1 + j.result.rows);
    expect(file.body).toContain("'=cmd Bùi");
    const audit = await t.db.pool.query(
      "SELECT actor_name, after AS data FROM audit_log WHERE action = 'member.export' AND entity_id = $1 AND after ? 'rows'",
      [String(jobId)],
    );
    expect(audit.rows[0]).toMatchObject({ actor_name: 'qt.canbo', data: { rows: j.result.rows, filter: { unit } } });
    // For systems: ISO dates, the formula-looking name quoted.
    expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(lines.find((l: string) => l.startsWith("'=cmd"))).toContain(',1990-01-01,');

    // For people: a titled, typed workbook, served as one.
    const xlsx = await s.request('POST', '/api/members/exports', { format: 'xlsx', filter: { unit, q: 'cmd' } });
    await run();
    expect((await job(xlsx.json().jobId)).result).toMatchObject({ rows: 1 });
    const xfile = await s.request('GET', `/api/jobs/${xlsx.json().jobId}/file`);
    expect(xfile.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const ws = (await readXlsxBack(xfile.rawPayload)).worksheets[0]!;
    expect(ws.getCell('A2').value).toBe('DANH SÁCH ĐOÀN VIÊN');
    expect(ws.getRow(5).getCell(1).value).toBe('Họ và tên');
    expect(ws.getRow(5).getCell(1).font.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.autoFilter).toBe('A5:R6'); // 18 columns: the old ID number (CMND) beside the CCCD
    expect(ws.getCell('A6').value).toBe('=cmd Bùi');
    expect(ws.getCell('A6').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('F6').type).toBe(ExcelJS.ValueType.Date);
    expect((ws.getCell('F6').value as Date).toISOString()).toBe('1990-01-01T00:00:00.000Z');
    expect(ws.getCell('F6').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('O6').numFmt).toBe('dd/mm/yyyy'); // Ngày vào công đoàn
  });
});
