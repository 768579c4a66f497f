import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import { makeCccd } from '@congdoan/domain';
import { openBrowser, screenshot } from '../browser';
import { tVi } from '../i18n';
import { menuEntry } from '../menu';
import { signIn } from '../sign-in';

// The main journeys once more on a phone (390×844), as a provincial officer: tree, members, import,
// campaigns, events, petitions. At every step nothing scrolls sideways, and a wide table scrolls
// inside its own frame. Also checks the smaller defects of issue 15 where a person meets them.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
const W = 390;

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  await page.setViewportSize({ width: W, height: 844 });
});
afterAll(async () => close?.());

/** Nothing wider than the phone; every table's frame fits too (a wide table scrolls inside it). */
async function fitsThePhone(step: string) {
  await page.waitForLoadState('networkidle');
  const { scrollWidth, frames, culprits } = await page.evaluate((vw) => {
    const out = (el: Element) => el.getBoundingClientRect().right > vw + 1;
    return {
      scrollWidth: document.documentElement.scrollWidth,
      frames: Array.from(document.querySelectorAll('.ant-table-wrapper')).map((t) => t.getBoundingClientRect().right),
      // the outermost elements sticking out, so a failure says where to look
      culprits: Array.from(document.querySelectorAll('body *'))
        .filter((el) => out(el) && !(el.parentElement && out(el.parentElement)))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}`),
    };
  }, W);
  expect(scrollWidth, `${step}: the page scrolls sideways (${culprits.join(', ')})`).toBeLessThanOrEqual(W);
  for (const right of frames) expect(right, `${step}: a table frame sticks out`).toBeLessThanOrEqual(W + 1);
  await screenshot(page, `phone-journey-${step}`);
}

/** The value beside a label in a details list (antd Descriptions). */
async function valueOf(label: string): Promise<string> {
  const item = page.locator('.ant-descriptions-item-label', { hasText: label }).first();
  return (await item.locator('xpath=following-sibling::*[1]').innerText()).trim();
}

/** GET as the signed-in user. */
const api = <T>(url: string) => page.evaluate(async (u) => (await fetch(u)).json(), url) as Promise<T>;

describe('a provincial officer on a phone walks the main journeys', () => {
  it('signs in', async () => {
    // A sign-in lands on the official's home page; the tree is one step away.
    await signIn(page, baseUrl, 'qt.canbo', password);
    await page.getByTestId('menu-open').waitFor();
    await page.getByTestId('home-entries').waitFor();
    await fitsThePhone('01-home');
    await page.goto(baseUrl);
    await page.getByTestId('unit-title').waitFor();
    // the subtree's figures have loaded (the next step reads them)
    await page.waitForFunction(() =>
      /\d/.test(document.querySelector('[data-testid="unit-counts"]')?.textContent ?? ''),
    );
  });

  it('tree: finds a grassroots union from the tree drawer; the province shows no member count of 0', async () => {
    // The province is an upper unit: its own count (0) is not its members, so no "0 ĐV" beside it …
    expect(await page.getByTestId('unit-title').innerText()).toContain('Quảng Trị');
    expect(await page.getByTestId('held-members').count()).toBe(0);
    await page.getByTestId('unit-counts').waitFor();
    // … while the subtree figure is there
    expect(await page.getByTestId('unit-counts').innerText()).toMatch(/\d/);
    // a committee member's name and "từ <date>" are two words (it read "Hươngtừ 15/08/2023")
    const lines = await page
      .getByTestId('committee-member')
      .evaluateAll((els) => els.map((el) => [el.textContent ?? '', el.parentElement?.textContent ?? '']));
    expect(lines.length).toBeGreaterThan(0);
    for (const [name, line] of lines) expect(line).toMatch(new RegExp(`${name} từ \\d\\d/\\d\\d/\\d{4}`));
    await page.getByTestId('tree-open').click();
    await page.getByTestId('tree-drawer').waitFor();
    await page.getByTestId('unit-search').click();
    await page.keyboard.type('soi');
    const hit = page.getByTestId('unit-search-option').filter({ hasText: 'Sợi' }).first();
    await hit.waitFor();
    await hit.click();
    await page.getByTestId('unit-title').getByText('Sợi', { exact: false }).waitFor();
    // a grassroots union holds its members: its count is shown
    await page.getByTestId('held-members').first().waitFor();
    await fitsThePhone('02-tree-grassroots');
  });

  it('members: searches as you type, opens a member; nationality by name; targets list units', async () => {
    await (await menuEntry(page, 'members', 'menu-members')).click();
    await page.getByTestId('members-search').waitFor();
    await page.getByTestId('members-search').locator('input').first().pressSequentially('nguyen thi', { delay: 30 });
    await page.waitForURL(/q=nguyen/);
    // the list follows the typing (no Enter): every name shown is a "Nguyễn Thị …"
    await expect
      .poll(async () => (await page.getByTestId('member-link').allInnerTexts()).every((n) => /^Nguyễn Thị/.test(n)))
      .toBe(true);
    // on a phone the list is cards, not columns a few letters wide
    expect(await page.getByTestId('members-table').locator('.responsive-card').count()).toBeGreaterThan(0);
    await fitsThePhone('03-members');
    await page.getByTestId('members-table').getByTestId('member-link').first().click();
    await page.getByTestId('member-name').waitFor();
    // nationality by name, not the code "VN"
    expect(await valueOf(tVi('members.fields.nationality'))).toBe('Việt Nam');
    await fitsThePhone('04-member');
    await page.goto(`${baseUrl}/members/targets`);
    await page.getByTestId('targets-table').locator('tbody tr').nth(1).waitFor();
    // the rows are the province and its units, upper unions among them: not headed "Công đoàn cơ sở"
    const heads = await page.getByTestId('targets-table').locator('thead th').allInnerTexts();
    expect(heads[0]).toBe(tVi('members.targets.unit'));
    expect(heads).not.toContain(tVi('members.fields.unit'));
    await fitsThePhone('05-targets');
  });

  it('import: uploads a small list for a grassroots union and checks it', async () => {
    const unit = (await api<{ items: { id: number }[] }>('/api/members/transfer-targets?q=QT-0001')).items[0]!.id;
    await page.goto(`${baseUrl}/members/import?unit=${unit}`);
    await page.getByTestId('import-template').waitFor();
    await fitsThePhone('06-import');
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('DS');
    ws.addRow(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD']);
    for (let i = 0; i < 5; i++) {
      ws.addRow([
        i + 1,
        `Hoàng Thị Điện Thoại ${i + 1}`,
        'Nữ',
        `0${i + 1}/02/1995`,
        makeCccd('045', 1995, 'female', 880_000 + i),
      ]);
    }
    await page.locator('input[type=file]').setInputFiles({
      name: 'ds.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await page.getByTestId('mapping-table').waitFor();
    await fitsThePhone('07-import-mapping');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-stats').waitFor({ timeout: 60_000 });
    await fitsThePhone('08-import-checked');
  });

  it('campaigns: one row per plan, the plan page with its figures', async () => {
    await (await menuEntry(page, 'movement', 'menu-campaigns')).click();
    await page.getByTestId('campaign-list').locator('.responsive-card').first().waitFor();
    await fitsThePhone('09-campaigns');
    await page.getByTestId('campaign-list').locator('a[data-testid^="campaign-link-"]').first().click();
    await page.getByTestId('campaign-heading').waitFor();
    await page.getByTestId('rollup').waitFor();
    await fitsThePhone('10-campaign');
  });

  it('events: the calendar opens on a month with events; an event shows money once and no "Tôi đăng ký"', async () => {
    await (await menuEntry(page, 'movement', 'menu-events')).click();
    await page.getByTestId('calendar-event').first().waitFor();
    // the month's cells are too narrow for titles: the month's events follow as a list, titles whole
    const listed = await page.getByTestId('events-list').locator('.ant-list-item').count();
    expect(listed).toBeGreaterThan(0);
    await fitsThePhone('11-events');
    type Ev = { id: number; budgetVnd: number | null; registrationEnabled: boolean };
    const { items } = await api<{ items: { id: number }[] }>(
      '/api/events?from=2024-01-01T00:00:00Z&to=2025-01-01T00:00:00Z',
    );
    const details = await Promise.all(items.map((e) => api<Ev>(`/api/events/${e.id}`)));
    const withBudget = details.find((e) => e.budgetVnd && e.registrationEnabled) ?? details.find((e) => e.budgetVnd);
    expect(withBudget, 'a demo event with a budget').toBeDefined();
    await page.goto(`${baseUrl}/events/${withBudget!.id}`);
    await page.getByTestId('event-heading').waitFor();
    // "Dự toán (đồng)" is followed by a bare vi-VN number, not "… đ" (the unit written twice)
    expect(await valueOf(tVi('events.fields.budget'))).toBe(Number(withBudget!.budgetVnd).toLocaleString('vi-VN'));
    // the officer is not a member: no "Tôi đăng ký" (registration is for members)
    expect(await page.getByTestId('register-self').count()).toBe(0);
    await fitsThePhone('12-event');
  });

  it('events: the date-time picker opens on the phone without pushing the page sideways', async () => {
    await page.goto(`${baseUrl}/events/new`);
    await page.getByTestId('event-title').waitFor();
    await page.locator('[data-testid="event-starts"] input, input[data-testid="event-starts"]').first().click();
    await page.locator('.ant-picker-dropdown:visible .ant-picker-time-panel').waitFor();
    // the whole popup is on screen: the calendar does not fall off the left edge either
    const { left, right } = await page
      .locator('.ant-picker-dropdown:visible .ant-picker-panel-container')
      .evaluate((el) => el.getBoundingClientRect());
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(W);
    await fitsThePhone('12b-event-time-picker');
    await page.keyboard.press('Escape');
  });

  it('petitions: the list, a petition, and consolidation', async () => {
    await (await menuEntry(page, 'labourRelations', 'menu-petitions')).click();
    await page.getByTestId('petitions-table').locator('.responsive-card').first().waitFor();
    await fitsThePhone('13-petitions');
    await page.getByTestId('petitions-table').locator('a[data-testid^="petition-link-"]').first().click();
    await page.getByTestId('petition-heading').waitFor();
    await fitsThePhone('14-petition');
    await page.goto(`${baseUrl}/petitions/consolidate`);
    await page.getByTestId('consolidate-seed').waitFor();
    await fitsThePhone('15-consolidate');
  });
});
