import { afterEach, describe, expect, it, vi } from 'vitest';
import ExcelJS from 'exceljs';
import { formatDateVN, makeCccd } from '@congdoan/domain';
import { runNextJob } from '../jobs/job-runner';
import { unitId, useTestApp, type Session } from '../../testing/test-app';

// Issue 14: lists as offices keep them — old 9-digit CMND numbers beside CCCDs (in a mixed column or
// their own), birth dates known to the year or the month — stored exactly as written and read back.
const t = useTestApp();
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

async function xlsxBase64(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

type Row = {
  rowNo: number;
  fullName: string;
  birthDate: string | null;
  cccd: string | null;
  oldIdNumber: string | null;
};
type Issue = { code: string; field?: string; from?: string; to?: string };

/** Upload, check with the proposed mapping, and return the import and its staged rows. */
async function checkFile(s: Session, unit: number, name: string, content: string) {
  const up = await s.request('POST', `/api/imports?unitId=${unit}`, { fileName: name, contentBase64: content });
  expect(up.statusCode, up.body).toBe(200);
  const imp = up.json();
  const checked = await s.request('POST', `/api/imports/${imp.id}/check`, {
    sheetIndex: 0,
    headerRow: imp.headerRow,
    fields: imp.fields,
    admittedOn: '2026-03-01',
  });
  expect(checked.statusCode, checked.body).toBe(200);
  expect(await run()).toBe(true);
  const rows = (await s.request('GET', `/api/imports/${imp.id}/rows?pageSize=50`)).json().items as (Row & {
    errors: Issue[];
    warnings: Issue[];
  })[];
  return { imp, rows };
}

const cccdLan = makeCccd('045', 1990, 'female', 1);
const cccdCuc = makeCccd('045', 1990, 'female', 2);
const cccdHung = makeCccd('045', 1978, 'male', 3);

// name, gender, birth date as written, mixed CCCD/CMND cell, CMND cell; then what must be stored.
const list: { cells: unknown[]; birthDate: string; cccd: string | null; oldIdNumber: string | null }[] = [
  {
    cells: ['Nguyễn Thị Lan', 'Nữ', '12/04/1990', cccdLan, null],
    birthDate: '1990-04-12',
    cccd: cccdLan,
    oldIdNumber: null,
  },
  {
    cells: ['Trần Văn Bình', 'Nam', '1985', '197012345', null],
    birthDate: '1985',
    cccd: null,
    oldIdNumber: '197012345',
  },
  {
    cells: ['Lê Thị Cúc', 'Nữ', '03/1990', cccdCuc, '012345678'],
    birthDate: '1990-03',
    cccd: cccdCuc,
    oldIdNumber: '012345678',
  },
  {
    cells: ['Phạm Văn Dũng', 'Nam', '3/1975', 23456789, null],
    birthDate: '1975-03',
    cccd: null,
    oldIdNumber: '023456789',
  },
  {
    cells: ['Hoàng Thị Én', 'Nữ', '1990-03', null, '197 012 346'],
    birthDate: '1990-03',
    cccd: null,
    oldIdNumber: '197012346',
  },
  { cells: ['Võ Văn Phúc', 'Nam', 1992, null, null], birthDate: '1992', cccd: null, oldIdNumber: null },
  {
    cells: ['Đỗ Văn Hùng', 'Nam', '1978', Number(cccdHung), null],
    birthDate: '1978',
    cccd: cccdHung,
    oldIdNumber: null,
  },
];

/** A new empty grassroots union (the demo's unions hold people with the same names). */
async function emptyUnit(code: string): Promise<number> {
  await t.db.pool.query(
    `INSERT INTO org_units (code, name, kind, subkind, parent_id)
     SELECT $1, 'CĐCS ' || $1, 'grassroots_union', 'enterprise', id FROM org_units WHERE code = 'CDX-19333'`,
    [code],
  );
  return unitId(t, code);
}

describe('old ID numbers and partial birth dates through the import', () => {
  it('stores every valid row exactly as written, reads it back through the API, and exports it as given', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await emptyUnit('QT-CMND');
    const header = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD/CMND', 'Số CMND'];
    const bad = ['Sai Văn Số', 'Nam', '01/01/1990', '01090012345', null]; // 11 digits typed as text
    const file = await xlsxBase64([header, ...list.map((r, i) => [i + 1, ...r.cells]), [8, ...bad]]);
    const { imp, rows } = await checkFile(s, unit, 'cmnd.xlsx', file);
    expect(imp.fields).toEqual([null, 'fullName', 'gender', 'birthDate', 'cccd', 'oldIdNumber']);

    // The preview: each value in its field; the only repairs are the number cells', listed with the original.
    for (const [i, want] of list.entries()) {
      const row = rows.find((r) => r.rowNo === i + 2)!;
      expect(row.errors, row.fullName).toEqual([]);
      expect({ birthDate: row.birthDate, cccd: row.cccd, oldIdNumber: row.oldIdNumber }, row.fullName).toEqual({
        birthDate: want.birthDate,
        cccd: want.cccd,
        oldIdNumber: want.oldIdNumber,
      });
    }
    const repairs = rows.flatMap((r) => r.warnings.filter((w) => w.code === 'leading_zero'));
    expect(repairs).toEqual([
      { code: 'leading_zero', field: 'oldIdNumber', from: '23456789', to: '023456789' },
      { code: 'leading_zero', field: 'cccd', from: String(Number(cccdHung)), to: cccdHung },
    ]);
    const wrong = rows.find((r) => r.rowNo === 9)!;
    expect(wrong.errors).toEqual([expect.objectContaining({ code: 'cccd_invalid', from: '01090012345' })]);

    const commit = await s.request('POST', `/api/imports/${imp.id}/commit`, { mode: 'valid_only' });
    expect(commit.statusCode, commit.body).toBe(200);
    await run();
    const result = (await t.db.pool.query('SELECT status, result FROM jobs WHERE id = $1', [commit.json().commitJobId]))
      .rows[0];
    expect(result.status, JSON.stringify(result)).toBe('succeeded');
    expect(result.result).toMatchObject({ created: list.length, failed: 1 });

    // Read back through the API, field by field: list and member page.
    const members = (await s.request('GET', `/api/members?unit=${unit}&pageSize=50`)).json().items as (Row & {
      id: number;
      gender: string;
    })[];
    for (const want of list) {
      const m = members.find((x) => x.fullName === want.cells[0])!;
      expect(m, String(want.cells[0])).toBeDefined();
      const detail = (await s.request('GET', `/api/members/${m.id}`)).json();
      for (const got of [m, detail]) {
        expect(
          { birthDate: got.birthDate, cccd: got.cccd, oldIdNumber: got.oldIdNumber, gender: got.gender },
          String(want.cells[0]),
        ).toEqual({
          birthDate: want.birthDate,
          cccd: want.cccd,
          oldIdNumber: want.oldIdNumber,
          gender: want.cells[1] === 'Nam' ? 'male' : 'female',
        });
      }
    }
    // Stored as the first day with its precision, never as a full 1 January.
    const { rows: stored } = await t.db.pool.query(
      `SELECT birth_date::text AS d, birth_date_precision AS p FROM persons WHERE full_name = 'Võ Văn Phúc'`,
    );
    expect(stored).toEqual([{ d: '1992-01-01', p: 'year' }]);

    // Search by a whole CMND finds the person; a viewer without personal data sees it masked.
    const byCmnd = (await s.request('GET', '/api/members?q=023456789')).json();
    expect(byCmnd.items.map((m: Row) => m.fullName)).toEqual(['Phạm Văn Dũng']);
    const admin = await t.signIn('admin');
    await admin.request('POST', '/api/users', {
      username: 'qt.xem',
      displayName: 'Xem',
      homeUnitId: await unitId(t, 'LDLD-44'),
      role: 'viewer',
    });
    await t.db.pool.query(
      "UPDATE app_users SET password_hash = (SELECT password_hash FROM app_users WHERE username = 'qt.canbo'), must_change_password = false WHERE username = 'qt.xem'",
    );
    const viewer = await t.signIn('qt.xem');
    const seen = (await viewer.request('GET', `/api/members?unit=${unit}&q=tran%20van%20binh`)).json();
    expect(seen.items[0]).toMatchObject({ oldIdNumber: '******345', birthDate: '1985' });
    expect((await viewer.request('GET', '/api/members?q=197012345')).json().total).toBe(0);

    // Export: dates written back as given, both numbers in their columns; the file imports to the same rows.
    const exp = await s.request('POST', '/api/members/exports', { format: 'xlsx', filter: { unit } });
    expect(exp.statusCode, exp.body).toBe(200);
    await run();
    const download = await s.request('GET', `/api/jobs/${exp.json().jobId}/file`);
    expect(download.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    // the header sits under the printed title block; a full date is a real date cell, shown dd/mm/yyyy
    const headAt = [1, 2, 3, 4, 5, 6].find((n) => sheet.getRow(n).getCell(1).value === 'Họ và tên')!;
    const head = (sheet.getRow(headAt).values as unknown[]).slice(1);
    const col = (name: string) => head.indexOf(name) + 1;
    const shown = (c: ExcelJS.Cell) =>
      c.value instanceof Date ? formatDateVN(c.value.toISOString().slice(0, 10)) : c.text;
    expect(sheet.getCell(headAt + 1, col('Ngày sinh')).numFmt).toBe('dd/mm/yyyy');
    const exported = new Map<string, { birth: string; cccd: string; cmnd: string }>();
    sheet.eachRow((r, n) => {
      if (n <= headAt) return;
      exported.set(r.getCell(1).text, {
        birth: shown(r.getCell(col('Ngày sinh'))),
        cccd: r.getCell(col('Số CCCD')).text,
        cmnd: r.getCell(col('Số CMND')).text,
      });
    });
    expect(exported.get('Trần Văn Bình')).toEqual({ birth: '1985', cccd: '', cmnd: '197012345' });
    expect(exported.get('Lê Thị Cúc')).toEqual({ birth: '03/1990', cccd: cccdCuc, cmnd: '012345678' });
    expect(exported.get('Nguyễn Thị Lan')).toEqual({ birth: '12/04/1990', cccd: cccdLan, cmnd: '' });

    const again = await checkFile(
      s,
      await emptyUnit('QT-CMND2'),
      'xuat.xlsx',
      Buffer.from(download.rawPayload).toString('base64'),
    );
    for (const want of list) {
      const row = again.rows.find((r) => r.fullName === want.cells[0])!;
      expect({ birthDate: row.birthDate, cccd: row.cccd, oldIdNumber: row.oldIdNumber }, row.fullName).toEqual({
        birthDate: want.birthDate,
        cccd: want.cccd,
        oldIdNumber: want.oldIdNumber,
      });
    }
  });

  it('keeps a partial birth date on the form, and refuses a birth date after today or under working age', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0003');
    const admit = (birthDate: string, admittedOn = '2026-03-01') =>
      s.request('POST', '/api/members', {
        person: { fullName: `Thử Năm Sinh ${birthDate}`, gender: 'female', birthDate, oldIdNumber: '0 1234 5679' },
        unitId: unit,
        admittedOn,
      });
    const ok = await admit('1991-07');
    expect(ok.statusCode, ok.body).toBe(200);
    const m = (await s.request('GET', `/api/members/${ok.json().id}`)).json();
    expect(m).toMatchObject({ birthDate: '1991-07', oldIdNumber: '012345679' });
    // the edit keeps what the official gives: a year alone
    const person = { fullName: m.fullName, gender: 'female', birthDate: '1991', oldIdNumber: null };
    const edit = await s.request('PUT', `/api/members/${m.id}`, { person });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((await s.request('GET', `/api/members/${m.id}`)).json()).toMatchObject({
      birthDate: '1991',
      oldIdNumber: null,
    });

    expect((await admit('2011', '2026-01-01')).statusCode).toBe(200); // born 1 Jan 2011 would be 15
    const young = await admit('2011-06', '2026-05-31');
    expect(young.json().error.code).toBe('MEMBER_TOO_YOUNG');
    expect(young.json().error.message).toContain('15 tuổi');
    const future = await admit('2099');
    expect(future.json().error.code).toBe('BIRTH_DATE_IN_FUTURE');
    for (const bad of ['1990-13', '90', '1990-02-30', '01/1990']) {
      expect((await admit(bad)).json().error.code, bad).toBe('VALIDATION_FAILED');
    }
    const badCmnd = await s.request('POST', '/api/members', {
      person: { fullName: 'Thử CMND Sai', gender: 'female', birthDate: '1990', oldIdNumber: '1234567890' },
      unitId: unit,
      admittedOn: '2026-03-01',
    });
    expect(badCmnd.json().error.code).toBe('VALIDATION_FAILED');
  });

  it("uses Vietnam's day: at 23:30 UTC on 30/11 a list dated 01/12 is today, not the future", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T23:30:00Z'));
    const s = await t.signIn('qt.canbo');
    const unit = await emptyUnit('QT-VN-DAY');
    const file = await xlsxBase64([
      ['Họ và tên', 'Giới tính', 'Ngày sinh', 'Ngày vào công đoàn'],
      ['Ngô Thị Hôm Nay', 'Nữ', '1990', '01/12/2026'],
      ['Ngô Thị Ngày Mai', 'Nữ', '1990', '02/12/2026'],
    ]);
    const up = await s.request('POST', `/api/imports?unitId=${unit}`, { fileName: 'vn.xlsx', contentBase64: file });
    expect(up.json().admittedOn).toBe('2026-12-01'); // the default admission date
    const checked = await s.request('POST', `/api/imports/${up.json().id}/check`, {
      sheetIndex: 0,
      headerRow: 1,
      fields: up.json().fields,
    });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(await run()).toBe(true);
    const rows = (await s.request('GET', `/api/imports/${up.json().id}/rows`)).json().items as {
      rowNo: number;
      errors: Issue[];
    }[];
    expect(rows.find((r) => r.rowNo === 2)!.errors).toEqual([]);
    expect(rows.find((r) => r.rowNo === 3)!.errors).toEqual([
      { code: 'date_out_of_range', field: 'admittedOn', from: '02/12/2026' },
    ]);
  });
});

afterEach(() => vi.useRealTimers());
