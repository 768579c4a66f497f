import ExcelJS from 'exceljs';
import type { RouteExample } from '../../testing/route-examples';
import { unitId, type TestApp } from '../../testing/test-app';
import { MultipartBody, uploadRefusals } from '../../testing/multipart';

// Route examples of the member import and export (declared by module.ts).

let n = 0;

/** A checked import of qt.canbo into a Quảng Trị grassroots union, with its file and one staged row. */
async function quangTriImport(t: TestApp): Promise<number> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Danh sách').addRows([
    ['Họ và tên', 'Ngày sinh', 'Giới tính'],
    ['Nguyễn Thị Thử', '01/01/1990', 'Nữ'],
  ]);
  const key = `test/2026-11/nhap-${++n}.xlsx`;
  await t.app.deps.files.put(key, Buffer.from(await book.xlsx.writeBuffer()));
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO member_imports (unit_id, created_by, file_key, file_name, file_kind, status, sheets, header_row,
                                 data_start, headers, fields, stats)
     SELECT (SELECT id FROM org_units WHERE code = 'QT-0001'), id, $1, 'nhap.xlsx', 'xlsx', 'checked',
            '[{"index":0,"name":"Danh sách","hidden":false}]', 1, 2, '["Họ và tên","Ngày sinh","Giới tính"]',
            '["fullName","birthDate","gender"]',
            '{"total":1,"valid":1,"withErrors":0,"withWarnings":0,"matched":0,"toCreate":1,"toUpdate":0,"toSkip":0}'
       FROM app_users WHERE username = 'qt.canbo' RETURNING id`,
    [key],
  );
  const id = rows[0]!.id;
  await t.db.pool.query(
    `INSERT INTO member_import_rows (import_id, row_no, raw, family_name, middle_name, given_name, full_name, sort_key,
                                     gender, birth_date)
     VALUES ($1, 2, '["Nguyễn Thị Thử","01/01/1990","Nữ"]', 'Nguyễn', 'Thị', 'Thử', 'Nguyễn Thị Thử', 'thu', 'female', '1990-01-01')`,
    [id],
  );
  return id;
}

export const examples: Record<string, RouteExample> = {
  'GET /api/imports/template': { as: 'qt.canbo', self: true, build: async () => ({ url: '/api/imports/template' }) },
  'POST /api/imports': {
    as: 'qt.canbo',
    upload: true,
    others: uploadRefusals,
    build: async (t) => ({
      url: `/api/imports?unitId=${await unitId(t, 'QT-0001')}`,
      body: new MultipartBody({
        name: 'danh-sach.csv',
        content: Buffer.from('Họ và tên;Ngày sinh;Giới tính\nLê Thị Thử;01/01/1990;Nữ\n'),
      }),
    }),
  },
  'GET /api/imports/{id}': { as: 'qt.canbo', build: async (t) => ({ url: `/api/imports/${await quangTriImport(t)}` }) },
  'POST /api/imports/{id}/sheet': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/imports/${await quangTriImport(t)}/sheet`, body: { sheetIndex: 0 } }),
  },
  'POST /api/imports/{id}/encoding': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/imports/${await quangTriImport(t)}/encoding`, body: { encoding: 'unicode' } }),
  },
  'POST /api/imports/{id}/check': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/imports/${await quangTriImport(t)}/check`,
      body: { sheetIndex: 0, headerRow: 1, fields: ['fullName', 'birthDate', 'gender'] },
    }),
  },
  'GET /api/imports/{id}/rows': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/imports/${await quangTriImport(t)}/rows` }),
  },
  'POST /api/imports/{id}/rows/{rowNo}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/imports/${await quangTriImport(t)}/rows/2`, body: { action: 'skip' } }),
  },
  'POST /api/imports/{id}/commit': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/imports/${await quangTriImport(t)}/commit`, body: { mode: 'valid_only' } }),
  },
  'POST /api/members/exports': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/members/exports',
      body: { format: 'csv', filter: { unit: await unitId(t, 'LDLD-44') } },
    }),
  },
};
