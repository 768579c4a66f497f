import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { runNextJob } from '../jobs/job-runner';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

// Issue 15: the date line and the signatures under a list were staged as members with errors.
describe('member import: the block under the list', () => {
  it('stops at the date line and signatures: they are neither rows nor errors', async () => {
    const s = await t.signIn('qt.canbo');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    for (const r of [
      ['DANH SÁCH ĐOÀN VIÊN'],
      ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD'],
      [1, 'Nguyễn Thị Ký', 'Nữ', '12/04/1990', '045190007771'],
      [2, 'Trần Văn Lập', 'Nam', '03/11/1985', '045085007772'],
      [],
      [null, null, null, 'Đông Hà, ngày 15 tháng 3 năm 2026'],
      [null, 'Người lập biểu', null, 'TM. BAN CHẤP HÀNH'],
      [null, '(Ký, ghi rõ họ tên)', null, 'CHỦ TỊCH'],
      [],
      [null, 'Lê Thị Hồng', null, 'Phạm Văn Nam'],
    ])
      ws.addRow(r);
    const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const imp = (
      await s.request('POST', `/api/imports?unitId=${await unitId(t, 'QT-0001')}`, {
        fileName: 'ds.xlsx',
        contentBase64,
      })
    ).json();
    const checked = await s.request('POST', `/api/imports/${imp.id}/check`, {
      sheetIndex: 0,
      headerRow: imp.headerRow,
      fields: imp.fields,
      admittedOn: '2026-03-01',
    });
    expect(checked.statusCode, checked.body).toBe(200);
    expect(await runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files)).toBe(true);
    const after = (await s.request('GET', `/api/imports/${imp.id}`)).json();
    expect(after.stats).toMatchObject({ total: 2, withErrors: 0, valid: 2 });
    const rows = (await s.request('GET', `/api/imports/${imp.id}/rows?pageSize=20`)).json().items;
    expect(rows.map((r: { fullName: string }) => r.fullName)).toEqual(['Nguyễn Thị Ký', 'Trần Văn Lập']);
  });
});
