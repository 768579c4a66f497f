import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { encodeTcvn3, encodeVni, makeCccd } from '@congdoan/domain';
import { runNextJob } from '../jobs/job-runner';
import { unitId, useTestApp, type Session } from '../../testing/test-app';

// Whole member lists typed in a legacy font, sheet name and header included (issue 14 item 1): each valid row
// is stored exactly as written, read back through GET /api/members/:id field by field.

const t = useTestApp();
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

type Person = {
  fullName: string;
  gender: 'male' | 'female';
  birthDate: string; // ISO
  ethnicity: string;
  address: string;
  occupation: string;
};

// Đ/đ, ư, ơ, capitals Ơ/Ư/Đ, and names whose VNI bytes also spell Unicode words ("Hồ Thị" is "Hoà Thò").
const people: Person[] = [
  ['Đặng Thị Hường', 'female', '1990-04-12', 'Kinh', 'Thôn Đông Sơn, xã Quảng Ngạn', 'Công nhân may'],
  ['Nguyễn Văn Đức', 'male', '1985-11-03', 'Mường', 'Số 12 đường Lê Duẩn, phường Đông Hà', 'Thợ điện'],
  ['Hồ Thị Thuỷ', 'female', '1979-01-30', 'Kinh', 'Khu phố 3, phường Đông Lương', 'Kế toán trưởng'],
  ['Trương Quốc Ơn', 'male', '1992-07-21', 'Vân Kiều', 'Bản Cù Bai, xã Hướng Lập', 'Lái xe'],
  ['Lê Ưng Hoà', 'male', '1988-02-14', 'Pa Kô', 'Thôn Tà Rụt, xã Đakrông', 'Bảo vệ'],
  ['Võ Thị Ngọc Đào', 'female', '1995-09-09', 'Kinh', 'Tổ 5, khu phố Hữu Nghị', 'Nhân viên văn phòng'],
  ['Bùi Đình Dũng', 'male', '1983-12-25', 'Kinh', 'Xóm Đồng, xã Gio Mỹ', 'Thủ kho'],
].map(([fullName, gender, birthDate, ethnicity, address, occupation]) => ({
  fullName: fullName!,
  gender: gender as Person['gender'],
  birthDate: birthDate!,
  ethnicity: ethnicity!,
  address: address!,
  occupation: occupation!,
}));

const cccdOf = (p: Person, i: number) => makeCccd('045', Number(p.birthDate.slice(0, 4)), p.gender, 731_000 + i);
const phoneOf = (i: number) => `09${String(12_345_600 + i)}`;
const vn = (iso: string) => iso.split('-').reverse().join('/');
const header = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Dân tộc'];
const header2 = ['Địa chỉ thường trú', 'Nghề nghiệp'];

/** The list as an office types it in `font`: every text (sheet name, title, header, data) in its encoding. */
async function legacyFile(encode: (s: string) => string, font: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(encode('Danh sách đoàn viên'));
  ws.addRow([encode('DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ')]);
  ws.addRow([]);
  ws.addRow([...header, ...header2].map(encode));
  people.forEach((p, i) =>
    ws.addRow([
      i + 1,
      encode(p.fullName),
      encode(p.gender === 'male' ? 'Nam' : 'Nữ'),
      vn(p.birthDate),
      cccdOf(p, i),
      phoneOf(i),
      encode(p.ethnicity),
      encode(p.address),
      encode(p.occupation),
    ]),
  );
  ws.eachRow((row) => row.eachCell((cell) => (cell.font = { name: font, size: 12 })));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function upload(s: Session, unit: number, contentBase64: string) {
  const res = await s.request('POST', `/api/imports?unitId=${unit}`, { fileName: 'ds.xlsx', contentBase64 });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** Check with the proposed mapping, then commit the valid rows; returns the check's stats. */
async function checkAndCommit(s: Session, imp: { id: number; headerRow: number; fields: unknown[] }) {
  const checked = await s.request('POST', `/api/imports/${imp.id}/check`, {
    sheetIndex: 0,
    headerRow: imp.headerRow,
    fields: imp.fields,
    admittedOn: '2026-03-01',
  });
  expect(checked.statusCode, checked.body).toBe(200);
  expect(await run()).toBe(true);
  const after = (await s.request('GET', `/api/imports/${imp.id}`)).json();
  expect(after.status).toBe('checked');
  const commit = await s.request('POST', `/api/imports/${imp.id}/commit`, { mode: 'all_or_nothing' });
  expect(commit.statusCode, commit.body).toBe(200);
  expect(await run()).toBe(true);
  expect((await s.request('GET', `/api/imports/${imp.id}`)).json().status).toBe('committed');
  return after.stats;
}

/** Every person read back through the API, compared field by field with what the file says. */
async function expectStoredAsWritten(s: Session, unit: number, list: Person[]) {
  for (const p of list) {
    const cccd = cccdOf(p, people.indexOf(p));
    const { rows } = await t.db.pool.query<{ id: number }>('SELECT id FROM persons WHERE cccd = $1', [cccd]);
    expect(rows, p.fullName).toHaveLength(1);
    const res = await s.request('GET', `/api/members/${rows[0]!.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect({
      fullName: m.fullName,
      gender: m.gender,
      birthDate: m.birthDate,
      cccd: m.cccd,
      phone: m.phone,
      ethnicity: m.ethnicity,
      address: m.permanentAddress?.line,
      occupation: m.occupation,
      admittedOn: m.admittedOn,
      unit: m.unit?.id,
    }).toEqual({
      fullName: p.fullName,
      gender: p.gender,
      birthDate: p.birthDate,
      cccd,
      phone: phoneOf(people.indexOf(p)),
      ethnicity: p.ethnicity,
      address: p.address,
      occupation: p.occupation,
      admittedOn: '2026-03-01',
      unit,
    });
  }
}

describe('member lists typed in legacy fonts', () => {
  for (const [encoding, encode, font] of [
    ['tcvn3', encodeTcvn3, '.VnTime'],
    ['vni', encodeVni, 'VNI-Times'],
  ] as const) {
    it(`imports a whole list typed in ${font} (${encoding}): sheet name, header and every row as written`, async () => {
      const s = await t.signIn('qt.canbo');
      const unit = await unitId(t, 'QT-0001');
      const imp = await upload(s, unit, await legacyFile(encode, font));
      expect(imp.encoding).toMatchObject({ found: encoding, forced: null });
      expect(imp.sheets[0].name).toBe('Danh sách đoàn viên');
      expect(imp).toMatchObject({ headerRow: 3, dataStart: 4 });
      expect(imp.headers).toEqual([...header, ...header2]);
      expect(imp.fields).toEqual([
        null,
        'fullName',
        'gender',
        'birthDate',
        'cccd',
        'phone',
        'ethnicity',
        'permanentAddress',
        'occupation',
      ]);
      // The mapping step's sample shows the text converted.
      expect(imp.sample.find((r: { rowNumber: number }) => r.rowNumber === 1).cells[0]).toBe(
        'DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ',
      );
      expect(imp.sample.find((r: { rowNumber: number }) => r.rowNumber === 6).cells[1]).toBe('Hồ Thị Thuỷ');
      const stats = await checkAndCommit(s, imp);
      expect(stats).toMatchObject({ total: people.length, valid: people.length, withErrors: 0 });
      await expectStoredAsWritten(s, unit, people);
    });
  }

  it('lets the user override the encoding: a VNI list whose names also spell Unicode words', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0001');
    // Only names whose VNI bytes are well-formed Unicode too ("Hoà Thò Thuyû" is not, "Hoà Thò" is):
    // nothing in the file says VNI, so detection keeps Unicode and the user says otherwise.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Ho va ten', 'Gioi tinh', 'Ngay sinh', 'So CCCD', 'So dien thoai']);
    // a person not in the registry yet (the lists above imported people[2] under another name)
    ws.addRow([encodeVni('Hồ Thị Hà'), 'Nu', vn(people[2]!.birthDate), cccdOf(people[2]!, 90), phoneOf(90)]);
    const imp = await upload(s, unit, Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'));
    expect(encodeVni('Hồ Thị Hà')).toBe('Hoà Thò Haø');
    expect(imp.encoding).toMatchObject({ found: 'unicode', forced: null });
    expect(imp.sample[1].cells[0]).toBe('Hoà Thò Haø');

    const forced = await s.request('POST', `/api/imports/${imp.id}/encoding`, { encoding: 'vni' });
    expect(forced.statusCode, forced.body).toBe(200);
    expect(forced.json().encoding).toEqual({ found: 'unicode', forced: 'vni', columns: Array(5).fill('vni') });
    expect(forced.json().sample[1].cells[0]).toBe('Hồ Thị Hà');
    expect(forced.json().status).toBe('uploaded');

    // A wrong choice can be taken back (null: as detected), and chosen again.
    const back = await s.request('POST', `/api/imports/${imp.id}/encoding`, { encoding: null });
    expect(back.json()).toMatchObject({ encoding: { found: 'unicode', forced: null } });
    expect(back.json().sample[1].cells[0]).toBe('Hoà Thò Haø');
    await s.request('POST', `/api/imports/${imp.id}/encoding`, { encoding: 'vni' });

    const stats = await checkAndCommit(s, (await s.request('GET', `/api/imports/${imp.id}`)).json());
    expect(stats).toMatchObject({ total: 1, valid: 1 });
    const { rows } = await t.db.pool.query('SELECT full_name FROM persons WHERE cccd = $1', [cccdOf(people[2]!, 90)]);
    expect(rows).toEqual([{ full_name: 'Hồ Thị Hà' }]);

    // Bad input: a clear coded refusal, nothing changed.
    const bad = await s.request('POST', `/api/imports/${imp.id}/encoding`, { encoding: 'utf-16' });
    expect(bad.statusCode).toBe(400);
  });
});
