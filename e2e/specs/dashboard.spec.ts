import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { DashboardView } from '@congdoan/domain';
import { axeProblems } from '../axe';
import { openBrowser, screenshot } from '../browser';

// Issue 18 §7: the national dashboard at 1440 and 390 px with the province map — both archipelagos drawn as
// their own elements — its PNG and .xlsx downloads opened; then a province officer sets a target (a wrong
// value refused beside the field) and refreshes the figures. Screenshots: e2e/screenshots/dashboard-*.png.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
let nationUrl = '';

async function signIn(p: Page, username: string) {
  await p.goto(`${baseUrl}/login`);
  await p.getByTestId('login-username').fill(username);
  await p.getByTestId('login-password').fill(password);
  await p.getByTestId('login-submit').click();
  await p.getByTestId('user-menu').waitFor();
}
async function download(button: Locator): Promise<Buffer> {
  await button.waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return fs.readFileSync(await file.path());
}
/** A decoded PNG that holds a picture: a real size and more than one colour. */
function expectPicture(buf: Buffer) {
  const png = PNG.sync.read(buf);
  expect(png.width).toBeGreaterThan(200);
  expect(png.height).toBeGreaterThan(100);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  expect(colours.size).toBeGreaterThan(3);
}
const archipelagos = async () => ({
  hoangSa: await page.locator('[data-testid="dashboard-map"] svg [data-archipelago="hoang-sa"]').count(),
  truongSa: await page.locator('[data-testid="dashboard-map"] svg [data-archipelago="truong-sa"]').count(),
  provinces: await page.locator('[data-testid="dashboard-map"] svg path[data-province]').count(),
});

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  await page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(async () => close?.());

describe('dashboards', () => {
  it('the national dashboard shows the figures, the charts and the province map with both archipelagos (1440 px)', async () => {
    await signIn(page, 'kiemtra');
    await page.goto(`${baseUrl}/dashboard`);
    await page.waitForURL(/\/dashboard\/\d+/);
    nationUrl = page.url();
    // The first refresh runs soon after start on a database without figures (the nightly schedule).
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByTestId('dashboard-computed-at').innerText();
        },
        { timeout: 120_000, interval: 3000 },
      )
      .toContain('Số liệu tính đến');
    await page.getByTestId('chart-trend').waitFor();
    expect(await archipelagos()).toEqual({ hoangSa: 1, truongSa: 1, provinces: 34 });
    await expect(page.getByTestId('map-legend').isVisible()).resolves.toBe(true);
    // Quảng Trị has members, so it is coloured, not the neutral fill of a province without figures.
    expect(await page.locator('path[data-province="44"]').getAttribute('fill')).not.toBe('#f4efe1');
    await page.waitForTimeout(500); // the charts' entry animation
    await screenshot(page, 'dashboard-national-1440');
    expect(await axeProblems(page)).toEqual([]);
  });

  it("each chart downloads as a PNG and its numbers as .xlsx, equal to the page's figures", async () => {
    expectPicture(await download(page.getByTestId('dashboard-trend-png')));
    expectPicture(await download(page.getByTestId('dashboard-map-png')));
    const unitId = Number(/\/dashboard\/(\d+)/.exec(nationUrl)![1]);
    const view = (await (await page.request.get(`${baseUrl}/api/dashboards/${unitId}`)).json()) as DashboardView;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(page.getByTestId('dashboard-map-xlsx'))) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Số liệu')!;
    const rows: unknown[][] = [];
    for (let r = 6; r <= sheet.rowCount; r++) rows.push([1, 2, 3].map((c) => sheet.getRow(r).getCell(c).value));
    expect(rows).toEqual(view.map.map((p) => [p.provinceCode, p.name, p.value]));
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it('a click on a province opens its dashboard', async () => {
    await page.locator('path[data-province="44"]').click({ force: true });
    await page.getByText('Bảng điều khiển — Liên đoàn Lao động tỉnh Quảng Trị').waitFor();
    expect(page.url()).not.toBe(nationUrl);
  });

  it('works on a phone: no sideways scrolling, the archipelagos on the map, axe clean (390 px)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(nationUrl);
    await page.getByTestId('chart-trend').waitFor();
    expect(await archipelagos()).toEqual({ hoangSa: 1, truongSa: 1, provinces: 34 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.waitForTimeout(500);
    await screenshot(page, 'dashboard-national-390');
    expect(await axeProblems(page)).toEqual([]);
  });

  it('a province officer sets a target (a negative one refused beside the field) and refreshes the figures', async () => {
    await close();
    ({ page, close } = await openBrowser());
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'qt.canbo');
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByTestId('kpi-members.admitted-target').click();
    const input = page.getByTestId('target-input');
    await input.fill('-5');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('.ant-form-item-explain-error').waitFor();
    expect(await page.locator('.ant-form-item-explain-error').innerText()).toMatch(/không hợp lệ/);
    await input.fill('40');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('kpi-members.admitted').getByText('Kế hoạch: 40').waitFor();
    await page.getByTestId('dashboard-refresh').click();
    await page.locator('[data-testid="job-progress"][data-status="succeeded"]').waitFor({ timeout: 60_000 });
    await screenshot(page, 'dashboard-province-390');
    expect(await axeProblems(page)).toEqual([]);
  });
});
