import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot } from '../browser';
import { menuEntry } from '../menu';
import { typeDate } from '../pickers';

// Issue 18's second journey: hold a briefing → record its conclusions and three tasks with owners → an owner
// marks one done with evidence → an overdue one shows on the home page and carries into the next briefing.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
let briefingUrl = '';

async function signIn(username: string) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

async function pickUnit(label: string, name: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.keyboard.type(name.slice(0, 12));
  await page.locator('.ant-select-tree-title:visible', { hasText: name }).first().click();
}

async function addTask(title: string, deadline: string) {
  await page.getByTestId('task-new').click();
  await page.getByTestId('task-title').fill(title);
  await pickUnit('Đơn vị chủ trì thực hiện', 'Công đoàn phường Đông Hà');
  await typeDate(page, 'task-deadline', deadline);
  await page.getByTestId('task-save').click();
  await page.getByTestId('briefing-tasks').getByText(title).waitFor();
}

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  await page.setViewportSize({ width: 1440, height: 900 });
});
afterAll(async () => close?.());

describe('a briefing, its conclusions and tasks', () => {
  it('the province holds a briefing and records its conclusions', async () => {
    await signIn('qt.canbo');
    await (await menuEntry(page, 'reports', 'menu-briefings')).click();
    await page.getByTestId('briefing-new').click();
    await pickUnit('Đơn vị chủ trì', 'Liên đoàn Lao động tỉnh Quảng Trị');
    await page.getByTestId('briefing-title').fill('Giao ban công tác công đoàn tháng 12/2026');
    await typeDate(page, 'briefing-date', '05/12/2026');
    await page.getByTestId('briefing-chair').fill('Chủ tịch LĐLĐ tỉnh');
    await page.getByTestId('briefing-save').click();
    await page.getByTestId('briefing-edit').click();
    await page.getByTestId('briefing-conclusions-input').fill('Tập trung chăm lo Tết cho đoàn viên khó khăn.');
    await page.getByTestId('briefing-edit-save').click();
    // the page shows the saved record once it has been read again
    await expect.poll(() => page.getByTestId('briefing-conclusions').textContent()).toContain('chăm lo Tết');
    briefingUrl = page.url();
  });

  it('gives three tasks to Phường Đông Hà', async () => {
    await addTask('Đôn đốc ký lại thỏa ước lao động tập thể hết hạn', '31/12/2026');
    await addTask('Bổ sung cán bộ hoàn thành cập nhật thẻ đoàn viên', '31/01/2027');
    await addTask('Đạt 70 % doanh nghiệp tổ chức hội nghị người lao động', '31/03/2027');
    await screenshot(page, 'briefings-01-tasks');
  });

  it('an officer of the commune marks one done with evidence', async () => {
    await signIn('px.dongha');
    await (await menuEntry(page, 'reports', 'menu-tasks')).click();
    const row = page.getByTestId('my-tasks').locator('li', { hasText: 'Đôn đốc ký lại thỏa ước' });
    await row.getByRole('button', { name: 'Báo hoàn thành' }).click();
    await page.getByTestId('task-evidence').fill('Đã ký lại 3/4 thỏa ước; văn bản số 12/CĐP.');
    await page.getByTestId('task-done-ok').click();
    await expect.poll(() => row.textContent()).toContain('Đã xong');
  });

  it('an overdue task shows on the home page and carries into the next briefing', async () => {
    // The demo's Q3 briefing gave Phường Đông Hà a task due 15/11/2026, still open: overdue today.
    await page.goto(`${baseUrl}/home`);
    const overdue = page.getByTestId('home-briefings.home.overdue');
    await overdue.waitFor();
    await expect(overdue.textContent()).resolves.toMatch(/quá hạn/);
    await expect(page.getByTestId('home-tasks').textContent()).resolves.toContain('Quá hạn');
    await screenshot(page, 'briefings-02-home-overdue');
    await signIn('qt.canbo');
    await page.goto(briefingUrl);
    const carried = page.getByTestId('briefing-carried');
    await carried.getByText('Tổng hợp danh sách đoàn viên khó khăn cần chăm lo Tết').waitFor();
    await expect(carried.textContent()).resolves.toContain('Quá hạn');
    await expect(carried.textContent()).resolves.not.toContain('Báo cáo kết quả đối thoại định kỳ quý III');
    await screenshot(page, 'briefings-03-carried');
  });

  it('the home page and a briefing fit a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(briefingUrl);
    await page.getByTestId('briefing-tasks').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.goto(`${baseUrl}/home`);
    await page.getByTestId('home-entries').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'briefings-04-home-phone');
  });
});
