import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems } from '../axe';
import { openBrowser, screenshot } from '../browser';
import { menuEntry } from '../menu';
import { typeDate } from '../pickers';

// Issue 18's first journey in Vietnamese: the province assigns the quarterly report → two grassroots unions
// submit (computed figures prefilled, narrative typed) → one is returned and submitted again → the commune union
// approves both and submits its rollup → the province sees completeness and timeliness and downloads the files.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
let assignmentId = 0;
const unitIds: Record<string, number> = {};

async function signIn(username: string) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Opens a unit's report from the list of rounds, as its officer would. */
async function openOwnReport(code: string) {
  await page.goto(`${baseUrl}/reports`);
  await page.getByTestId(`reports-open-${assignmentId}-${unitIds[code]}`).click();
  await page.getByTestId('reports-value-members.admitted').waitFor();
}

async function submitWith(dialogues: string, text: string) {
  await page.getByTestId('reports-input-dialogues.held').fill(dialogues);
  await page.getByTestId('reports-text-ket_qua').fill(text);
  await page.getByTestId('reports-submit').click();
  await page.getByText('Đã gửi báo cáo lên cấp trên.').waitFor();
}

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  await page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(async () => close?.());

describe('a quarterly report up the tree', () => {
  it('the province assigns the quarterly report to its subtree', async () => {
    await signIn('qt.canbo');
    await (await menuEntry(page, 'reports', 'menu-reports')).click();
    await page.getByTestId('reports-assign').click();
    await page.getByTestId('reports-assign-form').click();
    await page.getByText('Báo cáo kết quả hoạt động công đoàn quý (v1)').click();
    // qt.canbo's own unit is the tree's first root
    await page.getByLabel('Đơn vị', { exact: true }).click();
    await page.locator('.ant-select-tree-title', { hasText: 'Quảng Trị' }).first().click();
    await page.getByTestId('reports-assign-label').fill('Quý IV năm 2026');
    await typeDate(page, 'reports-assign-from', '01/10/2026');
    await typeDate(page, 'reports-assign-to', '31/12/2026');
    await typeDate(page, 'reports-assign-deadline', '10/01/2027');
    await page.getByTestId('reports-assign-ok').click();
    await page.getByText('Đã giao báo cáo cho các đơn vị.').waitFor();
    const ids = await page.evaluate(async () => {
      const list = (await (await fetch('/api/reports/assignments')).json()) as {
        items: { id: number; periodLabel: string }[];
      };
      const units = await Promise.all(
        ['QT-0001', 'QT-0002', 'CDX-19333'].map(async (code) => {
          const res = (await (await fetch(`/api/org-units/search?q=${code}`)).json()) as {
            items: { id: number; code: string }[];
          };
          return [code, res.items.find((u) => u.code === code)!.id] as const;
        }),
      );
      return { assignment: list.items.find((a) => a.periodLabel === 'Quý IV năm 2026')!.id, units };
    });
    assignmentId = ids.assignment;
    for (const [code, id] of ids.units) unitIds[code] = id;
    expect(assignmentId).toBeGreaterThan(0);
    await screenshot(page, 'reports-01-assigned');
  });

  it('two grassroots unions submit: computed figures prefilled and read-only, narrative typed', async () => {
    await signIn('cdcs.dongha');
    await openOwnReport('QT-0001');
    // computed: shown as text, no input to type into
    await expect(page.getByTestId('reports-figure-members.admitted').locator('input').count()).resolves.toBe(0);
    await expect(page.getByTestId('reports-figure-members.active').textContent()).resolves.toMatch(/\d/);
    await screenshot(page, 'reports-02-grassroots-form');
    // A computed figure opens the rows behind it: members by name, as many as the figure says.
    const active = Number((await page.getByTestId('reports-value-members.active').textContent())!.replace(/\D/g, ''));
    await page.getByTestId('reports-value-members.active').click();
    const drawer = page.getByTestId('reports-rows-drawer');
    await drawer.getByTestId('reports-rows-total').waitFor();
    const total = (await drawer.getByTestId('reports-rows-total').textContent())!;
    expect(Number(total.replace(/\D/g, ''))).toBe(active);
    await expect(drawer.getByTestId('reports-row').count()).resolves.toBe(Math.min(active, 50));
    await screenshot(page, 'reports-02b-figure-rows');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    // On a phone: the list fits the screen (no sideways scroll) and axe finds nothing serious.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('reports-value-members.active').click();
    await drawer.getByTestId('reports-row').first().waitFor();
    await expect(axeProblems(page)).resolves.toEqual([]);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(390);
    await screenshot(page, 'reports-02c-figure-rows-390');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.setViewportSize({ width: 1440, height: 900 });
    await submitWith('2', 'Tổ chức 2 cuộc đối thoại định kỳ với người sử dụng lao động.');
    await signIn('cdcs.leloi');
    await openOwnReport('QT-0002');
    await submitWith('1', 'Đối thoại 1 cuộc.');
  });

  it('the commune returns one with a comment; it is fixed and submitted again', async () => {
    await signIn('px.dongha');
    await page.goto(`${baseUrl}/reports/${assignmentId}/units/${unitIds['QT-0002']}`);
    await page.getByTestId('reports-return').click();
    await page.getByTestId('reports-return-text').fill('Bổ sung kết quả đối thoại quý IV.');
    await page.getByTestId('reports-return-ok').click();
    await page.getByText('Đã trả lại báo cáo.').waitFor();
    await signIn('cdcs.leloi');
    await openOwnReport('QT-0002');
    await expect(page.getByTestId('reports-return-comment').textContent()).resolves.toContain('Bổ sung kết quả');
    await submitWith('3', 'Đã bổ sung: 3 cuộc đối thoại.');
  });

  it('the commune approves both and submits its rollup with the children’s figures', async () => {
    await signIn('px.dongha');
    for (const code of ['QT-0001', 'QT-0002']) {
      await page.goto(`${baseUrl}/reports/${assignmentId}/units/${unitIds[code]}`);
      await page.getByTestId('reports-approve').click();
      await page.getByText('Đã duyệt báo cáo.').waitFor();
    }
    await openOwnReport('CDX-19333');
    await page.getByRole('button', { name: /Dùng số tổng hợp cấp dưới: 5/ }).click();
    await expect(page.getByTestId('reports-input-dialogues.held').inputValue()).resolves.toBe('5');
    await page.getByText(/Nội dung từ 2 báo cáo cấp dưới/).click();
    await screenshot(page, 'reports-03-commune-rollup');
    await page.getByTestId('reports-text-ket_qua').fill('Phường Đông Hà: 5 cuộc đối thoại tại 2 CĐCS.');
    await page.getByTestId('reports-submit').click();
    await page.getByText('Đã gửi báo cáo lên cấp trên.').waitFor();
  });

  it('the province sees completeness and timeliness and downloads the .docx and .xlsx', async () => {
    await signIn('qt.canbo');
    await page.goto(`${baseUrl}/reports/${assignmentId}/completeness`);
    await page.getByTestId('reports-children').waitFor();
    const row = page.getByTestId('reports-children').getByText('Công đoàn phường Đông Hà');
    await row.waitFor();
    await expect(page.getByTestId('reports-missing').textContent()).resolves.toMatch(/CĐCS/);
    await expect(page.getByTestId('reports-missing').textContent()).resolves.not.toContain('CĐCS Trường THPT Lê Lợi');
    await screenshot(page, 'reports-04-completeness');
    await page.goto(`${baseUrl}/reports/${assignmentId}/units/${unitIds['CDX-19333']}`);
    for (const ext of ['docx', 'xlsx'] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`reports-download-${ext}`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${ext}$`));
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      const body = Buffer.concat(chunks);
      expect(body.subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('works on a phone: the report form fits 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/reports/${assignmentId}/units/${unitIds['CDX-19333']}`);
    await page.getByTestId('reports-value-members.admitted').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'reports-05-phone');
  });
});
