import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeProblems } from '../axe';
import { openBrowser, screenshot } from '../browser';
import { menuEntry } from '../menu';

// Issue 17, "Done when": the whole Tết gift journey in Vietnamese, by a provincial officer of Quảng Trị:
// create the programme on its form → allocate quotas two levels down (province → Phường Đông Hà → a
// grassroots union) → nominate a member from the registry and two more from an .xlsx list → see her benefits
// across programmes → approve up the tree (commune level, then province) → record the hand-out → download the
// signature list .docx and the summary .xlsx and open them. The spending tab is also checked at 390 px.
// (welfare-bulk.spec.ts keeps what a list may get wrong: loose categories, non-members, repeated CCCDs.)

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
const name = `Quà Tết Bính Ngọ 2026 – hành trình ${Date.now() % 100000}`;
const grassrootsName = 'CĐCS Công ty Cổ phần Thương mại Đông Hà';
let programmeId = 0;
let member = { id: 0, fullName: '' };
/** Two more members of the grassroots union, with their CCCD, for the .xlsx list. */
let listed: { fullName: string; cccd: string }[] = [];

const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

async function download(button: Locator): Promise<string> {
  await button.waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file.path();
}

/** A call to the API with the page's session (set-up only: the steps under test go through the screens). */
const call = <T>(method: string, url: string, body?: unknown) =>
  page.evaluate(
    async ([m, u, b]) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(u, {
        method: m,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return (await res.json()) as unknown;
    },
    [method, url, body] as const,
  ) as Promise<T>;

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  page.setDefaultTimeout(15_000);
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill('qt.canbo');
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
});
afterAll(async () => close?.());

describe('welfare journey: a Tết gift programme from creation to the signed list', () => {
  it('creates the programme on its form, with a social fund and a sponsor', async () => {
    await (await menuEntry(page, 'care', 'menu-welfare')).click();
    await page.getByTestId('welfare-new').click();
    await page.getByLabel('Đơn vị chủ trì', { exact: true }).click();
    await page.locator('.ant-select-tree-title', { hasText: 'Liên đoàn Lao động tỉnh Quảng Trị' }).first().click();
    await page.getByTestId('welfare-name').fill(name);
    const year = new Date().getFullYear();
    const range = page.locator('.ant-picker-range').first();
    await range.locator('input').nth(0).click();
    await range.locator('input').nth(0).fill(`01/01/${year}`);
    await range.locator('input').nth(1).fill(`31/12/${year}`);
    await range.locator('input').nth(1).press('Enter');
    await page.getByTestId('welfare-benefit').fill('600000');
    await page.getByTestId('welfare-total').fill('3500');
    await page.getByTestId('welfare-budget').fill('2100000000');
    await page.getByRole('button', { name: 'Thêm nguồn' }).click();
    await page.getByPlaceholder('Số tiền (đồng)').nth(0).fill('1800000000');
    await page.getByRole('button', { name: 'Thêm nguồn' }).click();
    await page.getByText('Quỹ xã hội', { exact: true }).nth(1).click();
    await page.locator('.ant-select-item-option:visible', { hasText: 'Nhà tài trợ' }).click();
    await page.getByPlaceholder('Tên nhà tài trợ').nth(1).fill('Ngân hàng Vietinbank');
    await page.getByPlaceholder('Số tiền (đồng)').nth(1).fill('300000000');
    await page.getByTestId('welfare-save').click();
    await page.waitForURL(/\/welfare\/\d+$/);
    programmeId = Number(/\/welfare\/(\d+)$/.exec(page.url())![1]);
    await page.getByText(name).first().waitFor();
    await page.getByText('Ngân hàng Vietinbank: 300.000.000 đ').waitFor();
    await screenshot(page, 'welfare-journey-01-programme');
  });

  it('allocates quotas two levels down: to the upper unions by member count, then to a grassroots union', async () => {
    await page.getByTestId('quota-proportional').click();
    const first = page.waitForResponse((r) => r.url().endsWith('/quotas') && r.request().method() === 'PUT');
    await page.getByTestId('quota-save').click();
    expect((await first).status()).toBe(200);
    // down into Phường Đông Hà, and a quota for one of its grassroots unions, typed by hand
    await page.getByRole('button', { name: 'Công đoàn phường Đông Hà' }).click();
    await page.getByText('Chỉ tiêu của Công đoàn phường Đông Hà').waitFor();
    await page.getByLabel(`Số suất ${grassrootsName}`).fill('5');
    await page.getByLabel(`Kinh phí ${grassrootsName}`).fill('3000000');
    const second = page.waitForResponse((r) => r.url().endsWith('/quotas') && r.request().method() === 'PUT');
    await page.getByTestId('quota-save').click();
    expect((await second).status()).toBe(200);
    await page.getByRole('button', { name: grassrootsName }).waitFor();
    await screenshot(page, 'welfare-journey-02-quotas');
  });

  it('nominates a member of the grassroots union from the registry and sees what she got from other programmes', async () => {
    // set-up through the API: a hardship visit she received last year from another programme
    type Quotas = { unit: { unitId: number }; children: { unitId: number; unitName: string }[] };
    const top = await call<Quotas>('GET', `/api/welfare/programmes/${programmeId}/quotas`);
    const commune = top.children.find((c) => c.unitName === 'Công đoàn phường Đông Hà')!;
    const below = await call<Quotas>('GET', `/api/welfare/programmes/${programmeId}/quotas?unitId=${commune.unitId}`);
    const grassroots = below.children.find((c) => c.unitName === grassrootsName)!;
    const found = await call<{ items: { id: number; fullName: string; cccd: string | null }[] }>(
      'GET',
      `/api/members?unit=${grassroots.unitId}&pageSize=30`,
    );
    member = found.items[0]!;
    // others with a CCCD and a name of their own (earlier journeys may have added namesakes)
    listed = found.items
      .filter(
        (m, i, all) =>
          m.cccd && m.fullName !== member.fullName && all.findIndex((o) => o.fullName === m.fullName) === i,
      )
      .slice(-2) as { fullName: string; cccd: string }[];
    expect(listed).toHaveLength(2);
    const province = top.unit.unitId;
    const visit = await call<{ id: number }>('POST', '/api/welfare/programmes', {
      unitId: province,
      kind: 'hardship_visit',
      name: 'Thăm hỏi đoàn viên ốm đau (hành trình)',
      year: new Date().getFullYear(),
      nominationFrom: `${new Date().getFullYear()}-01-01`,
      nominationTo: `${new Date().getFullYear()}-12-31`,
      benefitForm: 'cash',
      benefitVnd: 1000000,
      totalCount: 10,
      totalBudgetVnd: 10000000,
    });
    const earlier = await call<{ id: number }>('POST', `/api/welfare/programmes/${visit.id}/nominations`, {
      unitId: province,
      personId: member.id,
      reason: 'Ốm đau dài ngày',
    });
    expect(earlier.id).toBeTypeOf('number');

    await page.getByRole('tab', { name: 'Đề nghị hỗ trợ' }).click();
    await page.getByTestId('nomination-add').click();
    await page.getByLabel('Đơn vị đề nghị', { exact: true }).click();
    await page.keyboard.type('Thương mại Đông Hà');
    await page.getByTestId('unit-picker-option').filter({ hasText: grassrootsName }).first().click();
    await page.getByLabel('Đoàn viên', { exact: true }).click();
    await page.keyboard.type(member.fullName);
    await page.locator('.ant-select-item-option:visible', { hasText: member.fullName }).first().click();
    // beside the nominee: what she already received this year and last, from every programme
    const benefits = page.getByTestId(`benefits-${member.id}`);
    await benefits.getByText('Thăm hỏi đoàn viên ốm đau (hành trình)').waitFor();
    await page.getByLabel('Lý do', { exact: true }).fill('Chồng mất, nuôi hai con nhỏ');
    await screenshot(page, 'welfare-journey-03-nominate');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    const row = page.locator('[data-testid^="nomination-"]', { hasText: member.fullName }).first();
    await row.getByText('Nháp').waitFor();
    await row.getByRole('button', { name: 'Đã nhận năm nay và năm trước' }).click();
    await row.getByText('Thăm hỏi đoàn viên ốm đau (hành trình)').waitFor();
    await row.getByText(name).waitFor();
  });

  it('nominates two more of the grassroots union from an .xlsx list: columns proposed, found by CCCD, all committed', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Danh sách');
    ws.addRow(['DANH SÁCH ĐỀ NGHỊ TẶNG QUÀ TẾT BÍNH NGỌ 2026']);
    ws.addRow([]);
    ws.addRow(['STT', 'Họ và tên', 'Số CCCD', 'Lý do đề nghị', 'Số tiền']);
    ws.addRow([1, listed[0]!.fullName, listed[0]!.cccd, 'Vợ ốm dài ngày, hai con nhỏ', '600.000']);
    ws.addRow([2, listed[1]!.fullName, listed[1]!.cccd, 'Thu nhập thấp, nuôi mẹ già', '']);
    await page.getByTestId('welfare-bulk-open').click();
    await page.waitForURL(/\/welfare\/\d+\/import$/);
    await page.getByTestId('import-unit').locator('.ant-select').click();
    await page.keyboard.type('Thương mại Đông Hà');
    await page.getByTestId('unit-picker-option').filter({ hasText: grassrootsName }).first().click();
    await page.locator('input[type=file]').setInputFiles({
      name: 'de-nghi-qua-tet.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    // the header below the title is found and every column proposed
    await page.getByTestId('mapping-table').waitFor();
    await page.waitForURL(/\/welfare\/\d+\/import\/\d+$/);
    for (const [col, label] of [
      [1, 'Họ và tên'],
      [2, 'Số CCCD'],
      [3, 'Lý do đề nghị'],
      [4, 'Số tiền hỗ trợ (đồng)'],
    ] as const) {
      await expect.poll(() => page.getByTestId(`map-col-${col}`).first().textContent()).toContain(label);
    }
    await page.getByTestId('import-check').click();
    const rows = page.getByTestId('import-rows');
    await rows.waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('import-stats').textContent()).toContain('Tìm thấy trong sổ2');
    await rows.getByText(`${listed[0]!.fullName} · theo CCCD`).waitFor();
    await screenshot(page, 'welfare-journey-03b-list-checked');
    await page.getByTestId('nominations-commit').click();
    await page.getByTestId('nominations-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('nominations-done').textContent()).toContain('Đã tạo 2 đề nghị hỗ trợ');
    await page.getByTestId('nominations-to-list').click();
    for (const who of [member.fullName, listed[0]!.fullName, listed[1]!.fullName]) {
      await page.locator('[data-testid^="nomination-"]', { hasText: who }).first().waitFor();
    }
  });

  it('sends it up and approves it level by level: Phường Đông Hà, then the province', async () => {
    const row = page.locator('[data-testid^="nomination-"]', { hasText: member.fullName }).first();
    // the row's own status tag (the benefits list below it has tags of its own)
    const status = (text: string) => row.locator('.ant-tag').first().filter({ hasText: text }).waitFor();
    await row.getByRole('button', { name: 'Gửi lên' }).click();
    await status('Đã gửi');
    await row.getByText('Đang xét tại Công đoàn phường Đông Hà').waitFor();
    await row.locator('[data-testid^="approve-"]').click();
    await status('Cấp dưới đã duyệt');
    await row.getByText('Đang xét tại Liên đoàn Lao động tỉnh Quảng Trị').waitFor();
    await row.locator('[data-testid^="approve-"]').click();
    await status('Đã duyệt');
  });

  it('records the hand-out from the sponsor, at 390 px the spending shows it per source and level', async () => {
    const row = page.locator('[data-testid^="nomination-"]', { hasText: member.fullName }).first();
    await row.locator('[data-testid^="handout-"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('handout-by').fill('Nguyễn Văn Hùng, Chủ tịch Công đoàn phường');
    await dialog.getByLabel('Chi từ nguồn').click();
    await page.locator('.ant-select-item-option:visible', { hasText: 'Ngân hàng Vietinbank' }).click();
    await dialog.getByLabel('Địa điểm').fill('Nhà văn hóa phường Đông Hà');
    // the photo of the hand-out, sent once it is saved
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    await dialog
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'trao-qua.png', mimeType: 'image/png', buffer: png });
    await dialog.getByText('trao-qua.png').waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'welfare-journey-04-handout');
    await page.getByTestId('handout-save').click();
    await row.locator('.ant-tag').first().filter({ hasText: 'Đã trao' }).waitFor();
    const nominationId = Number((await row.getAttribute('data-testid'))!.replace('nomination-', ''));
    const saved = await call<{ photoName: string | null; method: string; fundingId: number | null }>(
      'GET',
      `/api/welfare/nominations/${nominationId}/handout`,
    );
    expect(saved).toMatchObject({ photoName: 'trao-qua.png', method: 'cash' });
    expect(saved.fundingId).toBeTypeOf('number');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('tab', { name: 'Kinh phí' }).click();
    const spending = page.getByTestId('welfare-spending');
    await spending.getByText('299.400.000 đ').waitFor(); // the sponsor's 300,000,000 less 600,000
    await spending.getByText('Cấp dưới 2').first().waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'welfare-journey-05-spending-390');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('downloads the signature list (.docx) and the summary (.xlsx), and opens them', async () => {
    const docx = await download(page.getByTestId('download-signature-docx'));
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    expect(text).toContain('DANH SÁCH KÝ NHẬN');
    expect(text).toContain(member.fullName);
    expect(text).toContain('Sáu trăm nghìn đồng');
    expect(text).toContain('Ký nhận');
    expect(text).toMatch(/Cộng trang 1\s+600\.000/);
    expect(text).toMatch(/Tổng cộng\s+600\.000/);

    const xlsx = await download(page.getByTestId('download-summary-xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet('Theo đơn vị')!;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const grassroots = rows.find((r) => r[1] === grassrootsName)!;
    // quota 5, budget 3,000,000, nominated 3 (1 by hand, 2 from the list), approved 1, handed out 1 for 600,000,
    // all from the sponsor
    expect(grassroots.slice(3, 10)).toEqual([5, 3_000_000, 3, 1, 1, 600_000, 2_400_000]);
    expect(grassroots.slice(10)).toEqual([0, 600_000]);
    const province = rows.find((r) => r[1] === 'Liên đoàn Lao động tỉnh Quảng Trị')!;
    expect(province.slice(2, 5)).toEqual(['Đơn vị chủ trì', 3500, 2_100_000_000]);
  });
});
