import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { encodeTcvn3, encodeVni, importFieldName, makeCccd } from '@congdoan/domain';
import { openBrowser, screenshot } from '../browser';
import { tVi } from '../i18n';

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');

const given = ['Lan', 'Hương', 'Mai', 'Hoa', 'Thảo', 'Yến', 'Nga', 'Linh'];
const men = ['Trần Văn Hùng', 'Lê Đức Minh', 'Phạm Quốc Huy', 'Võ Thanh Tùng'];

/**
 * 1,000 rows as officials send them: a title block, the header on row 3, the birth date under an
 * abbreviation the importer does not know ("NS"), some names in TCVN3, dates as Excel serials, CCCDs
 * typed as numbers, and 25 rows with a wrong CCCD.
 */
async function makeFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('DS đoàn viên');
  ws.addRow(['DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN THƯƠNG MẠI ĐÔNG HÀ']);
  ws.addRow(['(Kèm theo báo cáo quý I/2026)']);
  ws.addRow(['STT', 'Họ và tên', 'Giới tính', 'NS', 'Số CCCD', 'SĐT']);
  for (let i = 0; i < 1000; i++) {
    const female = i % 2 === 0;
    const year = 1970 + (i % 35);
    const name = female
      ? `Nguyễn Thị ${given[i % given.length]} ${String.fromCharCode(65 + (i % 26))}`
      : men[i % men.length]!;
    const cccd = makeCccd('045', year, female ? 'female' : 'male', 500_000 + i);
    ws.addRow([
      i + 1,
      i % 50 === 7 ? encodeTcvn3(name) : name,
      female ? 'Nữ' : 'Nam',
      i % 5 === 0 ? 25569 + 365 * (year - 1970) + 40 : `${String((i % 27) + 1).padStart(2, '0')}/03/${year}`,
      i % 40 === 3 ? '12345' : i % 3 === 0 ? Number(cccd) : cccd,
      `09${String(10_000_000 + i)}`.slice(0, 10),
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function selectOption(testId: string, label: string) {
  await page.getByTestId(testId).first().click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(label, { exact: true }).click();
}

/** The id of a unit by its code, walking the tree through the API as the signed-in user. */
async function unitIdByCode(code: string): Promise<number> {
  type Unit = { id: number; code: string; childCount: number };
  const get = async (url: string) =>
    ((await (await page.request.get(`${baseUrl}${url}`)).json()) as { items: Unit[] }).items;
  let level = await get('/api/org-units/roots');
  while (level.length) {
    const hit = level.find((u) => u.code === code);
    if (hit) return hit.id;
    const next: Unit[] = [];
    for (const u of level.filter((x) => x.childCount > 0)) next.push(...(await get(`/api/org-units/${u.id}/children`)));
    level = next;
  }
  throw new Error(`no unit ${code}`);
}

beforeAll(async () => {
  ({ page, close } = await openBrowser());
});
afterAll(async () => close?.());

describe('officer: import 1,000 members from Excel → fix → commit with progress → search "nguyen thi"', () => {
  it('signs in and uploads the file for a grassroots union; the header on row 3 is found', async () => {
    await page.goto(baseUrl);
    await page.getByTestId('login-username').fill('qt.canbo');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('menu-group-members').waitFor();
    const unit = await unitIdByCode('QT-0001');
    await page.goto(`${baseUrl}/members/import?unit=${unit}`);
    await page.getByTestId('import-template').waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'danh-sach-doan-vien.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await makeFile(),
    });
    await page.getByTestId('mapping-table').waitFor();
    expect(page.url()).toMatch(/\/members\/import\/\d+$/);
    expect(await page.locator('body').innerText()).toContain(tVi('memberImport.headerAt').replace('{{row}}', '3'));
    await screenshot(page, 'import-01-mapping');
  });

  it('checks with the proposed mapping: every row lacks a birth date', async () => {
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-stats').waitFor({ timeout: 60_000 });
    const stats = await page.getByTestId('import-stats').innerText();
    expect(stats).toMatch(/1[.,]000/); // rows, and rows with errors
    await page.getByTestId('import-filter').getByText(tVi('memberImport.filter.errors')).click();
    await page.getByTestId('import-rows').getByText('Ngày sinh: còn trống').first().waitFor();
    await screenshot(page, 'import-02-errors');
  });

  it('fixes the mapping (NS = birth date) and checks again: only the bad CCCDs remain', async () => {
    await page.getByTestId('import-remap').click();
    await selectOption('map-col-3', importFieldName('birthDate'));
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-stats').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-stats').getByText('975').first().waitFor(); // valid rows
    await page.getByTestId('import-filter').getByText(tVi('memberImport.filter.errors')).click();
    await page.getByTestId('import-rows').getByText('Số CCCD không hợp lệ').first().waitFor();
    // A TCVN3 name is shown converted.
    await page.getByTestId('import-filter').getByText(tVi('memberImport.filter.warnings')).click();
    await page.getByTestId('import-rows').getByText('chuyển mã TCVN3').first().waitFor();
    await screenshot(page, 'import-03-fixed');
  });

  it('commits the valid rows only, with a progress bar, and survives a reload', async () => {
    await page.getByTestId('mode-valid-only').click();
    await page.getByTestId('import-commit').click();
    const url = page.url();
    await page.reload();
    expect(page.url()).toBe(url);
    await page.getByTestId('import-done').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('import-done').innerText()).toContain('Tạo mới 975');
    await screenshot(page, 'import-04-done');
  });

  it('finds the imported members by typing "nguyen thi" without diacritics', async () => {
    await page.getByTestId('import-to-members').click();
    await page.goto(`${baseUrl}/members?q=nguyen%20thi`);
    await page.getByText('Nguyễn Thị Lan A').first().waitFor();
    const body = await page.locator('body').innerText();
    expect(body).toMatch(/Nguyễn Thị (Lan|Hương|Mai|Hoa)/);
    await screenshot(page, 'import-05-search');
  });

  it('exports the filtered list to Excel as a job with progress and a download', async () => {
    await page.getByTestId('members-export').hover();
    await page.getByText(tVi('memberImport.exportXlsx')).click();
    await page.locator('[data-testid="job-progress"][data-status="succeeded"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('job-download').waitFor();
    await screenshot(page, 'import-06-export');
  });
});

/**
 * A list typed in VNI-Times from the sheet name to the last cell (no Unicode anywhere), and a second one
 * whose VNI names also spell Unicode words, so only the user can say how it is typed.
 */
async function vniFile(rows: [string, 'Nam' | 'Nữ', string][], legacyHeader: boolean): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const enc = (s: string) => (legacyHeader ? encodeVni(s) : s);
  const ws = book.addWorksheet(enc('Danh sách tổ Hai'));
  ws.addRow([enc('DANH SÁCH ĐOÀN VIÊN TỔ HAI')]);
  ws.addRow(
    legacyHeader
      ? ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD'].map(enc)
      : ['STT', 'Ho va ten', 'Gioi tinh', 'Ngay sinh', 'So CCCD'],
  );
  rows.forEach(([name, gender, born], i) => {
    const year = Number(born.slice(-4));
    const cccd = makeCccd('045', year, gender === 'Nam' ? 'male' : 'female', 910_000 + i + (legacyHeader ? 0 : 50));
    ws.addRow([i + 1, encodeVni(name), enc(gender), born, cccd]);
  });
  ws.eachRow((row) => row.eachCell((cell) => (cell.font = { name: 'VNI-Times', size: 13 })));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function uploadFile(name: string, buffer: Buffer) {
  const unit = await unitIdByCode('QT-0001');
  await page.goto(`${baseUrl}/members/import?unit=${unit}`);
  await page.getByTestId('import-template').waitFor();
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByTestId('mapping-table').waitFor();
}

describe('officer: a list typed in VNI-Times, and one only the officer can tell is VNI', () => {
  it('reads a whole VNI file (sheet name, title, header, names) as Vietnamese, saying it was VNI', async () => {
    await uploadFile(
      'to-hai-vni.xlsx',
      await vniFile(
        [
          ['Đặng Thị Ngọc Hường', 'Nữ', '12/04/1990'],
          ['Trương Quốc Ơn', 'Nam', '21/07/1992'],
          ['Nguyễn Văn Đức', 'Nam', '03/11/1985'],
        ],
        true,
      ),
    );
    const found = tVi('memberImport.encodingFound').replace('{{name}}', tVi('memberImport.encodings.vni'));
    expect(await page.getByTestId('import-encoding-found').innerText()).toBe(found);
    await page.getByTestId('mapping-table').getByText('Đặng Thị Ngọc Hường').waitFor();
    await page.getByTestId('mapping-table').getByText('Trương Quốc Ơn').waitFor();
    await screenshot(page, 'import-07-vni');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-stats').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-rows').getByText('Nguyễn Văn Đức').waitFor();
  });

  it('overrides the encoding when the names also spell Unicode words, and imports them as meant', async () => {
    // "Hoà Thò Haø" is VNI for "Hồ Thị Hà", but "Hoà" and "Thò" are Unicode words too.
    await uploadFile('to-ba.xlsx', await vniFile([['Hồ Thị Hà', 'Nữ', '30/01/1979']], false));
    await page.getByTestId('mapping-table').getByText('Hoà Thò Haø').waitFor();
    await selectOption('import-encoding', tVi('memberImport.encodings.vni'));
    await page.getByTestId('mapping-table').getByText('Hồ Thị Hà').waitFor();
    const chosen = tVi('memberImport.encodingChosen').replace('{{name}}', tVi('memberImport.encodings.unicode'));
    expect(await page.getByTestId('import-encoding-found').innerText()).toBe(chosen);
    await screenshot(page, 'import-08-override');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-stats').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-rows').getByText('Hồ Thị Hà').waitFor();
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-done').innerText()).toContain('Tạo mới 1');
  });
});
