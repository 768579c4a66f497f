import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot } from '../browser';
import { field, typeDate } from '../pickers';

// Issue 15 item 11 / deliver 9: in a browser whose language is English, where native date inputs show
// mm/dd/yyyy and AM/PM, the officials' forms still read and write dd/mm/yyyy and 24-hour time.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');

beforeAll(async () => {
  ({ page, close } = await openBrowser('en-US'));
});
afterAll(async () => close?.());

describe('an English-language browser gets dd/mm/yyyy and 24-hour pickers', () => {
  it('is an English browser', async () => {
    await page.goto(baseUrl + '/login');
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await page.getByTestId('login-username').fill('qt.canbo');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-menu').waitFor();
  });

  it('creates an event at 19:30 on 10/05/2030 through the pickers, without AM/PM', async () => {
    await page.goto(baseUrl + '/events/new');
    await page.getByTestId('event-title').fill('Giao lưu văn nghệ buổi tối');
    expect(await page.locator('input[type="datetime-local"], input[type="date"]').count()).toBe(0);
    // the time panel offers hours 00…23 and no AM/PM column
    await field(page, 'event-starts').click();
    const panel = page.locator('.ant-picker-dropdown:visible');
    await panel.locator('.ant-picker-time-panel').waitFor();
    const hours = await panel.locator('.ant-picker-time-panel-column').first().locator('li').allInnerTexts();
    expect(hours.map((h) => h.trim())).toEqual(Array.from({ length: 24 }, (_, i) => String(i).padStart(2, '0')));
    expect(await panel.locator('.ant-picker-time-panel-column').count()).toBe(2); // hours, minutes
    expect(await panel.innerText()).not.toMatch(/\b(AM|PM)\b/);
    await screenshot(page, 'dates-en-01-time-panel');
    await page.keyboard.press('Escape');

    await typeDate(page, 'event-starts', '10/05/2030 19:30');
    await typeDate(page, 'event-ends', '10/05/2030 21:45');
    expect(await field(page, 'event-starts').inputValue()).toBe('10/05/2030 19:30');
    expect(await field(page, 'event-ends').inputValue()).toBe('10/05/2030 21:45');
    await page.getByTestId('event-registration').click();
    await typeDate(page, 'event-closes', '09/05/2030 17:00');
    expect(await field(page, 'event-closes').inputValue()).toBe('09/05/2030 17:00');
    await screenshot(page, 'dates-en-02-event-form');
    await page.getByTestId('event-submit').click();
    await page.waitForURL(/\/events\/\d+$/);
    const id = Number(/\/events\/(\d+)$/.exec(page.url())![1]);
    const saved = await page.evaluate(async (url) => (await fetch(url)).json(), `/api/events/${id}`);
    // read as Vietnam time (UTC+7)
    expect(saved).toMatchObject({
      startsAt: '2030-05-10T12:30:00.000Z',
      endsAt: '2030-05-10T14:45:00.000Z',
      closesAt: '2030-05-09T10:00:00.000Z',
    });
    await page.getByTestId('event-heading').waitFor();
    expect(await page.locator('body').innerText()).toContain('10/05/2030 19:30');

    // the edit form shows the saved times back the same way
    await page.getByTestId('event-edit').click();
    await field(page, 'event-starts').waitFor();
    expect(await field(page, 'event-starts').inputValue()).toBe('10/05/2030 19:30');
    expect(await field(page, 'event-closes').inputValue()).toBe('09/05/2030 17:00');
  });

  it('a campaign plan takes its dates as dd/mm/yyyy', async () => {
    await page.goto(baseUrl + '/campaigns');
    await page.getByTestId('campaign-create').click();
    await typeDate(page, 'campaign-due', '01/05/2030');
    expect(await field(page, 'campaign-due').inputValue()).toBe('01/05/2030');
    await page.keyboard.press('Escape');
  });
});
