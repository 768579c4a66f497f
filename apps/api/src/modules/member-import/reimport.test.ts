import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { ImportRow, MemberDetail } from '@congdoan/domain';
import { runNextJob } from '../jobs/job-runner';
import { unitId, useTestApp, type Session } from '../../testing/test-app';

// Issue 14 item 5: re-importing a list over people already in the registry never overwrites silently.

const t = useTestApp();
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

const fields = [
  'fullName',
  'gender',
  'birthDate',
  'cccd',
  'phone',
  'email',
  'ethnicity',
  'permanentAddress',
  'currentAddress',
  'occupation',
  'employer',
  'educationLevel',
  'passportNo',
];
const header = [
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Số CCCD',
  'SĐT',
  'Email',
  'Dân tộc',
  'Địa chỉ thường trú',
  'Nơi ở hiện nay',
  'Nghề nghiệp',
  'Đơn vị công tác',
  'Trình độ',
  'Số hộ chiếu',
];
// Every field of A differs in the file; B and C have empty fields the file fills, and differing ones.
const rowA = [
  'Trần Thị Giữ Mới',
  'Nữ',
  '13/04/1990',
  '045190009001',
  '0912999001',
  'moi@example.vn',
  'Tày',
  'Địa chỉ khác',
  'Nơi ở khác',
  'Kỹ sư',
  'Công ty Khác',
  'Đại học',
  'C7654321',
];
const rowB = ['Lê Văn Bổ', 'Nam', '01/01/1985', '045085009002', '0912999002', '', '', '', '', 'Thợ hàn', 'Công ty B2'];
const rowC = ['Phạm Thị Phone', 'Nữ', '02/02/1992', '', '0912000003', '', '', '', '', 'Kế toán', 'Công ty C2'];

async function admit(s: Session, unit: number, person: Record<string, unknown>): Promise<number> {
  const res = await s.request('POST', '/api/members', {
    person,
    unitId: unit,
    admittedOn: '2020-01-01',
    confirmCccdMismatch: true,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ id: number }>().id;
}

async function detail(s: Session, id: number): Promise<MemberDetail> {
  const res = await s.request('GET', `/api/members/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<MemberDetail>();
}

/** Upload, check with the given mapping, run the check job; returns the import id. */
async function checkedImport(s: Session, unit: number, rows: unknown[][]): Promise<number> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Danh sách').addRows([header, ...rows]);
  const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
  const up = await s.request('POST', `/api/imports?unitId=${unit}`, { fileName: 'lai.xlsx', contentBase64 });
  expect(up.statusCode, up.body).toBe(200);
  const id = up.json<{ id: number }>().id;
  const check = await s.request('POST', `/api/imports/${id}/check`, { sheetIndex: 0, headerRow: 1, fields });
  expect(check.statusCode, check.body).toBe(200);
  await run();
  expect((await s.request('GET', `/api/imports/${id}`)).json().status).toBe('checked');
  return id;
}

async function rows(s: Session, id: number): Promise<ImportRow[]> {
  return (await s.request('GET', `/api/imports/${id}/rows?pageSize=50`)).json<{ items: ImportRow[] }>().items;
}

async function commit(s: Session, id: number, defaultAction?: string) {
  const res = await s.request('POST', `/api/imports/${id}/commit`, {
    mode: 'valid_only',
    ...(defaultAction ? { defaultAction } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  await run();
  const job = (await t.db.pool.query('SELECT status, result, error FROM jobs WHERE id = $1', [res.json().commitJobId]))
    .rows[0];
  expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
  return job.result as Record<string, unknown> & { fileKey: string };
}

/** What a person's record says, without bookkeeping that changes on any write. */
const record = (d: MemberDetail) => {
  const { updatedAt: _u, memberships: _m, ...rest } = d as MemberDetail & { updatedAt?: string };
  return rest;
};

describe('re-importing a list over known people', () => {
  it('keeps every filled field unless overwriting is chosen, fills only empty ones, and names the person per row', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0001');
    const a = await admit(s, unit, {
      fullName: 'Trần Thị Giữ',
      gender: 'female',
      birthDate: '1990-04-12',
      cccd: '045190009001',
      phone: '0912000001',
      email: 'giu@example.vn',
      ethnicity: 'Kinh',
      permanentAddress: { line: 'Số 1 Lê Lợi, Đông Hà' },
      currentAddress: { line: 'Số 2 Hùng Vương, Đông Hà' },
      occupation: 'Công nhân',
      employer: 'Công ty A',
      educationLevel: '12/12',
      passportNo: 'B1234567',
    });
    const b = await admit(s, unit, {
      fullName: 'Lê Văn Bổ',
      gender: 'male',
      birthDate: '1985-01-01',
      cccd: '045085009002',
      employer: 'Công ty B',
    });
    const c = await admit(s, unit, {
      fullName: 'Phạm Thị Phone',
      gender: 'female',
      birthDate: '1992-02-02',
      phone: '0912000003',
      employer: 'Công ty C',
    });
    const before = { a: await detail(s, a), b: await detail(s, b), c: await detail(s, c) };

    // 1. The default: matched by CCCD (A, B) and by phone with name and birth date (C); differences shown.
    const first = await checkedImport(s, unit, [rowA, rowB, rowC]);
    const listed = await rows(s, first);
    expect(listed.map((r) => [r.match?.personId, r.match?.kind, r.effectiveAction])).toEqual([
      [a, 'cccd', 'update'],
      [b, 'cccd', 'update'],
      [c, 'phone', 'update'],
    ]);
    const diffA = Object.fromEntries(listed[0]!.differences.map((d) => [d.field, [d.registry, d.file]]));
    expect(diffA).toMatchObject({
      fullName: ['Trần Thị Giữ', 'Trần Thị Giữ Mới'],
      birthDate: ['1990-04-12', '1990-04-13'],
      phone: ['0912000001', '0912999001'],
      employer: ['Công ty A', 'Công ty Khác'],
      permanentAddress: ['Số 1 Lê Lợi, Đông Hà', 'Địa chỉ khác'],
    });
    expect(Object.keys(diffA)).toHaveLength(11); // every field but the CCCD (the key) and the gender (same)
    expect(listed[1]!.differences).toEqual(
      expect.arrayContaining([
        { field: 'phone', registry: null, file: '0912999002' },
        { field: 'employer', registry: 'Công ty B', file: 'Công ty B2' },
      ]),
    );
    const result = await commit(s, first);
    expect(result).toMatchObject({ updated: 3, overwritten: 0, created: 0 });
    const after = { a: await detail(s, a), b: await detail(s, b), c: await detail(s, c) };
    // A: nothing was empty, nothing changed — every field compared.
    expect(record(after.a)).toEqual(record(before.a));
    // B and C: empty fields filled, filled ones kept.
    expect(record(after.b)).toEqual({ ...record(before.b), phone: '0912999002', occupation: 'Thợ hàn' });
    expect(record(after.c)).toEqual({ ...record(before.c), occupation: 'Kế toán' });
    // Each row names the person it updated, in the API and in the result file.
    expect((await rows(s, first)).map((r) => [r.personId, r.result])).toEqual([
      [a, 'updated'],
      [b, 'updated'],
      [c, 'updated'],
    ]);
    const file = await s.request(
      'GET',
      `/api/jobs/${(await s.request('GET', `/api/imports/${first}`)).json().commitJobId}/file`,
    );
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const col = (name: string) => (sheet.getRow(1).values as unknown[]).indexOf(name);
    expect(sheet.getRow(2).getCell(col('Mã người')).value).toBe(a);
    expect(sheet.getRow(4).getCell(col('Mã người')).value).toBe(c);
    expect(sheet.getRow(2).getCell(col('Kết quả')).text).toBe('Đã bổ sung ô còn trống');

    // 2. An explicit choice for one row: A is overwritten with the file's values; B (default) is not.
    const second = await checkedImport(s, unit, [rowA, rowB]);
    const chose = await s.request('POST', `/api/imports/${second}/rows/2`, { action: 'overwrite' });
    expect(chose.statusCode, chose.body).toBe(200);
    expect(chose.json()).toMatchObject({ action: 'overwrite', effectiveAction: 'overwrite' });
    // Creating a second person with a known CCCD is refused with a clear code.
    const wrong = await s.request('POST', `/api/imports/${second}/rows/3`, { action: 'create' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('IMPORT_ACTION_NOT_ALLOWED');
    expect(await commit(s, second)).toMatchObject({ overwritten: 1, updated: 1 });
    const overwritten = await detail(s, a);
    expect(overwritten).toMatchObject({
      fullName: 'Trần Thị Giữ Mới',
      birthDate: '1990-04-13',
      phone: '0912999001',
      email: 'moi@example.vn',
      ethnicity: 'Tày',
      occupation: 'Kỹ sư',
      employer: 'Công ty Khác',
      educationLevel: 'Đại học',
      passportNo: 'C7654321',
      permanentAddress: { line: 'Địa chỉ khác' },
      currentAddress: { line: 'Nơi ở khác' },
    });
    expect((await detail(s, b)).employer).toBe('Công ty B');
    const audit = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'persons' AND entity_id = $1
          AND action = 'member_import.commit'`,
      [String(a)],
    );
    expect(audit.rows[0].n).toBe(1); // only the overwrite wrote to A

    // 3. The explicit choice for the whole batch.
    const third = await checkedImport(s, unit, [rowB]);
    expect(await commit(s, third, 'overwrite')).toMatchObject({ overwritten: 1 });
    expect(await detail(s, b)).toMatchObject({ employer: 'Công ty B2', occupation: 'Thợ hàn' });
  });
});
