import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot } from '../browser';
import { tVi } from '../i18n';
import { typeDate } from '../pickers';

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
const launch = 'Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2024';

/** antd puts data-testid on the input itself or on its wrapper, depending on the component. */
const field = (id: string) => page.locator(`input[data-testid="${id}"], [data-testid="${id}"] input`).first();

beforeAll(async () => {
  ({ page, close } = await openBrowser());
});
afterAll(async () => close?.());

describe('issue 15 item 5: an event is edited and cancelled from its page', () => {
  let eventUrl = '';

  it('turns registration on for the demo launch ceremony and registers a member', async () => {
    await page.goto(baseUrl);
    await page.getByTestId('login-username').fill('qt.canbo');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('menu-group-organisation').waitFor();
    // the calendar opens on today's month; the demo ceremony was in April 2024, so find it by the API
    const id = await page.evaluate(async (title) => {
      const res = await fetch('/api/events?from=2024-04-01T00:00:00Z&to=2024-05-01T00:00:00Z');
      const { items } = (await res.json()) as { items: { id: number; title: string }[] };
      return items.find((e) => e.title === title)?.id;
    }, launch);
    expect(id).toBeTypeOf('number');
    eventUrl = `${baseUrl}/events/${id}`;
    await page.goto(eventUrl);
    await page.getByTestId('event-heading').getByText(launch).waitFor();
    // registration is off: no registration card, nobody can sign up
    expect(await page.getByTestId('register-member').count()).toBe(0);

    await page.getByTestId('event-edit').click();
    await page.getByText(tVi('events.edit.title')).waitFor();
    expect(await page.getByTestId('event-title').inputValue()).toBe(launch);
    // dd/mm/yyyy and a 24-hour time, from the UI library's picker (issue 15 item 11)
    expect(await field('event-starts').inputValue()).toBe('26/04/2024 07:30');
    await typeDate(page, 'event-ends', '26/04/2024 11:30');
    await page.getByTestId('event-registration').click();
    await field('event-capacity').fill('300');
    // the place is chosen by name from the administrative units, not typed as codes (issue 15 item 9)
    await page.getByTestId('event-place-version').click();
    await page.locator('.ant-select-item-option', { hasText: tVi('orgTree.versions.2025-07-01') }).click();
    await page.getByTestId('event-place-province').click();
    await page.keyboard.type('Quảng Trị');
    await page.locator('.ant-select-item-option', { hasText: 'Quảng Trị' }).first().click();
    await screenshot(page, 'event-edit-01-form');
    await page.getByTestId('event-submit').click();

    await page.getByTestId('event-counts').waitFor();
    expect(await page.getByTestId('event-counts').innerText()).toContain('300');
    const saved = await page.evaluate(async (url) => (await fetch(url)).json(), `/api/events/${id}`);
    expect(saved).toMatchObject({ placeCodeVersion: '2025-07-01', placeProvinceCode: expect.any(String) });
    // the times were kept through the round trip
    expect(await page.locator('body').innerText()).toContain('26/04/2024 07:30');
    expect(saved).toMatchObject({ startsAt: '2024-04-26T00:30:00.000Z', endsAt: '2024-04-26T04:30:00.000Z' });
    await page.getByTestId('register-member').click();
    await page.keyboard.type('Võ Văn Nam');
    await page.locator('.ant-select-item-option', { hasText: 'Võ Văn Nam' }).first().click();
    await page.getByTestId('register-submit').click();
    await page.locator('[data-testid^="ticket-"]').first().waitFor();
    expect(await page.locator('tr', { hasText: 'Võ Văn Nam' }).innerText()).toContain(
      tVi('events.registration.confirmed'),
    );
    await screenshot(page, 'event-edit-02-registered');
  });

  it('adds two photos and removes one only after confirming; the removed one is gone for good', async () => {
    const png = (name: string) => ({
      name,
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
    const input = page.getByTestId('event-photos').locator('input[type=file]');
    await input.setInputFiles(png('nham-su-kien.png'));
    await expect.poll(() => page.getByTestId('event-photo').count()).toBe(1);
    await input.setInputFiles(png('le-phat-dong.png'));
    await expect.poll(() => page.getByTestId('event-photo').count()).toBe(2);
    const photos = () =>
      page.evaluate(
        async (url) => ((await (await fetch(url)).json()) as { photos: { fileName: string }[] }).photos,
        eventUrl.replace(baseUrl, '/api'),
      );
    expect((await photos()).map((p) => p.fileName)).toEqual(['nham-su-kien.png', 'le-phat-dong.png']);

    // "Hủy" in the confirmation keeps it
    await page.getByTestId('photo-remove').first().click();
    await page.getByText(tVi('events.photos.confirmTitle')).waitFor();
    expect(await page.locator('.ant-popconfirm').innerText()).toContain('nham-su-kien.png');
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: tVi('common.cancel') })
      .click();
    expect((await photos()).length).toBe(2);

    await page.getByTestId('photo-remove').first().click();
    await screenshot(page, 'event-edit-02b-photo-confirm');
    await page.getByTestId('photo-remove-confirm').click();
    await page.getByText(tVi('events.photos.removed')).waitFor();
    await expect.poll(() => page.getByTestId('event-photo').count()).toBe(1);
    expect((await photos()).map((p) => p.fileName)).toEqual(['le-phat-dong.png']);
    // the second place holds nothing any more
    const status = await page.evaluate(
      async (url) => (await fetch(url)).status,
      `${eventUrl.replace(baseUrl, '/api')}/photos/1`,
    );
    expect(status).toBe(404);
  });

  it('cancels it with a reason after confirmation; registration disappears', async () => {
    await page.getByTestId('event-cancel').click();
    // the confirm button waits for a reason
    expect(await page.getByTestId('event-cancel-ok').isDisabled()).toBe(true);
    await page.getByTestId('event-cancel-reason').fill('Trùng lịch đại hội công đoàn tỉnh');
    await page.getByTestId('event-cancel-ok').click();
    await page.getByTestId('event-cancelled').getByText('Trùng lịch đại hội', { exact: false }).waitFor();
    expect(await page.getByTestId('register-member').count()).toBe(0);
    expect(await page.getByTestId('event-edit').count()).toBe(0);
    await screenshot(page, 'event-edit-03-cancelled');
  });

  it("fixes the demo plan's title from its page, and an activity of its own", async () => {
    const id = await page.evaluate(async () => {
      const res = await fetch('/api/campaigns?year=2024');
      const { items } = (await res.json()) as {
        items: { id: number; title: string; parentId: number | null; unitName: string }[];
      };
      return items.find((c) => c.parentId === null && c.unitName.includes('Quảng Trị'))?.id;
    });
    expect(id).toBeTypeOf('number');
    await page.goto(`${baseUrl}/campaigns/${id}`);
    await page.getByTestId('campaign-edit').click();
    const title = page.getByTestId('campaign-title');
    expect(await title.inputValue()).toBe('Tháng Công nhân năm 2024');
    await title.fill('Tháng Công nhân năm 2024 (LĐLĐ tỉnh Quảng Trị)');
    await screenshot(page, 'event-edit-04-plan-form');
    await page.getByTestId('campaign-submit').click();
    await page.getByTestId('campaign-heading').getByText('(LĐLĐ tỉnh Quảng Trị)', { exact: false }).waitFor();

    await page.getByTestId('edit-activity-0').click();
    await page.getByTestId('activity-title').fill('Lễ phát động Tháng Công nhân năm 2024');
    await page.getByTestId('activity-submit').click();
    await page.locator('td', { hasText: 'Lễ phát động Tháng Công nhân năm 2024' }).first().waitFor();
  });
});
