import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems } from '../axe';
import { openBrowser, screenshot } from '../browser';
import { typeDate } from '../pickers';

// Issue 17 item 7 on a phone (390×844): a provincial officer adds a coach home for Tết to a tickets programme,
// registers a member of a unit that was given tickets, sees the registration, the boarding counted after the
// ticket is scanned, and changes the seats. Nothing scrolls sideways.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
let programmeId = 0;
let tripId = 0;

const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  await page.setViewportSize({ width: 390, height: 844 });
});
afterAll(async () => close?.());

describe('trips home for Tết on a phone', () => {
  it('adds a coach to a tickets programme whose tickets were allocated to every unit below', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('qt.canbo');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-menu').waitFor();
    // The programme and its quotas come through the API (their screens have their own spec); the trips are under test.
    programmeId = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as {
        user: { roles: { unitId: number; unitCode: string }[] };
        csrfToken: string;
      };
      const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
      const unitId = me.user.roles.find((r) => r.unitCode === 'LDLD-44')!.unitId;
      const year = new Date().getFullYear();
      const res = await fetch('/api/welfare/programmes', {
        method: 'POST',
        headers,
        body: JSON.stringify({
          unitId,
          kind: 'tet_tickets',
          name: 'Chuyến xe Công đoàn – Tết sum vầy (thử)',
          year,
          nominationFrom: `${year}-01-01`,
          nominationTo: `${year}-12-31`,
          benefitForm: 'ticket',
          benefitVnd: 450000,
          totalCount: 100,
          totalBudgetVnd: 0,
        }),
      });
      const id = ((await res.json()) as { id: number }).id;
      const proposal = (await (
        await fetch(`/api/welfare/programmes/${id}/quota-proposal?unitId=${unitId}&method=equal`)
      ).json()) as { items: { unitId: number; count: number }[] };
      await fetch(`/api/welfare/programmes/${id}/quotas`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({
          parentUnitId: unitId,
          items: proposal.items.map((i) => ({ unitId: i.unitId, count: i.count, budgetVnd: 0 })),
        }),
      });
      return id;
    });
    await page.goto(`${baseUrl}/welfare/${programmeId}`);
    await page.getByRole('tab', { name: 'Chuyến xe về quê' }).click();
    await page.getByTestId('ticket-figures').getByText('Vé được phân bổ').waitFor();
    await page.getByTestId('trip-add').click();
    await page.getByTestId('trip-origin').fill('TP. Hồ Chí Minh');
    await page.getByTestId('trip-destination').fill('Đông Hà, Quảng Trị');
    const year = new Date().getFullYear() + 1;
    await typeDate(page, 'trip-departs', `10/02/${year} 20:00`);
    await typeDate(page, 'trip-arrives', `11/02/${year} 14:00`);
    await page.getByTestId('trip-pickup').fill('Cổng KCN Tân Bình, quận Tân Phú');
    await page.getByTestId('trip-operator').fill('Nhà xe Phương Trang');
    await page.getByTestId('trip-vehicle').fill('51B-123.45');
    await page.getByTestId('trip-seats').fill('45');
    await screenshot(page, 'welfare-trips-01-form-390');
    const saved = page.waitForResponse((r) => r.url().endsWith('/trips') && r.request().method() === 'POST');
    await page.getByTestId('trip-save').click();
    const res = await saved;
    expect(res.status(), await res.text()).toBe(200);
    tripId = ((await res.json()) as { id: number }).id;
    const card = page.getByTestId(`trip-${tripId}`);
    await card.getByText('Xe khách: TP. Hồ Chí Minh – Đông Hà, Quảng Trị').waitFor();
    await card.getByText(`Khởi hành 10/02/${year} 20:00`).waitFor();
    await expect.poll(() => page.getByTestId(`trip-counts-${tripId}`).textContent()).toContain('0/45');
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
  });

  it('registers a member with the person picker; boarding by the scanned ticket counts as a ticket used', async () => {
    const member = await page.evaluate(async () => {
      const list = (await (await fetch('/api/members?pageSize=1')).json()) as { items: { fullName: string }[] };
      return list.items[0]!.fullName;
    });
    await page.getByTestId(`trip-register-${tripId}`).click();
    await page.getByLabel('Đoàn viên', { exact: true }).click();
    await page.keyboard.type(member);
    await page.locator('.ant-select-item-option:visible', { hasText: member }).first().click();
    const registered = page.waitForResponse(
      (r) => r.url().endsWith('/registrations') && r.request().method() === 'POST',
    );
    await page.getByTestId('trip-register-save').click();
    const reg = await registered;
    expect(reg.status(), await reg.text()).toBe(200);
    const {
      id: registrationId,
      eventId,
      ticketToken,
    } = (await reg.json()) as {
      id: number;
      eventId: number;
      ticketToken: string;
    };
    const row = page.getByTestId(`trip-registration-${registrationId}`);
    await row.getByText(member).waitFor();
    await row.getByText('Chưa lên xe').waitFor();
    await expect.poll(() => page.getByTestId(`trip-counts-${tripId}`).textContent()).toContain('1/45');
    await screenshot(page, 'welfare-trips-02-registered-390');

    // the conductor's phone scans the ticket (the event's check-in)
    const scan = await page.evaluate(
      async ({ eventId, ticketToken }) => {
        const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
        const res = await fetch(`/api/events/${eventId}/checkins`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify({ token: ticketToken, idempotencyKey: `trip-boarding-${eventId}` }),
        });
        return (await res.json()) as { ok: boolean };
      },
      { eventId, ticketToken },
    );
    expect(scan.ok).toBe(true);
    await page.reload();
    await page.getByRole('tab', { name: 'Chuyến xe về quê' }).click();
    await expect.poll(() => page.getByTestId(`trip-counts-${tripId}`).textContent()).toContain('Đã lên xe 1');
    const figures = page.getByTestId('ticket-figures');
    await expect.poll(() => figures.textContent()).toMatch(/Vé đã dùng \(lên xe\)1/);
    await page.getByTestId(`trip-list-${tripId}`).click();
    await page
      .getByTestId(`trip-registration-${registrationId}`)
      .getByText(/Đã lên xe/)
      .waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'welfare-trips-03-boarded-390');
  });

  it('edits the trip: fewer seats, still above the registered', async () => {
    await page.getByTestId(`trip-edit-${tripId}`).click();
    await page.getByTestId('trip-seats').fill('30');
    const saved = page.waitForResponse((r) => r.url().endsWith(`/trips/${tripId}`) && r.request().method() === 'PUT');
    await page.getByTestId('trip-save').click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.getByTestId(`trip-counts-${tripId}`).textContent()).toContain('1/30');
  });
});
