import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems } from '../axe';
import { openBrowser, screenshot } from '../browser';
import { menuEntry } from '../menu';

// Issue 17, first slice, on a phone (390×844): a provincial officer's Tết gift programme, a member nominated
// with the person picker (her benefits shown beside), sent and approved, then the remaining places allocated
// below by member count. Nothing scrolls sideways.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
let programmeId = 0;

const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  await page.setViewportSize({ width: 390, height: 844 });
});
afterAll(async () => close?.());

describe('welfare programme on a phone: quotas down, a nomination up', () => {
  it('opens the programme from the Chăm lo menu', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('qt.canbo');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-menu').waitFor();
    // The programme's terms come through the API (the form is a plain antd form); the screens are under test.
    programmeId = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as {
        user: { roles: { unitId: number; unitCode: string }[] };
        csrfToken: string;
      };
      const unitId = me.user.roles.find((r) => r.unitCode === 'LDLD-44')!.unitId;
      const today = new Date().toISOString().slice(0, 10);
      const res = await fetch('/api/welfare/programmes', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({
          unitId,
          kind: 'tet_gift',
          name: 'Quà Tết Bính Ngọ 2026 (thử)',
          year: Number(today.slice(0, 4)),
          nominationFrom: `${today.slice(0, 4)}-01-01`,
          nominationTo: `${today.slice(0, 4)}-12-31`,
          benefitForm: 'cash',
          benefitVnd: 600000,
          totalCount: 100,
          totalBudgetVnd: 60_000_000,
          hardshipCategories: ['Hoàn cảnh khó khăn'],
        }),
      });
      return ((await res.json()) as { id: number }).id;
    });
    expect(programmeId).toBeTypeOf('number');
    await (await menuEntry(page, 'care', 'menu-welfare')).click();
    await page.getByTestId(`welfare-programme-${programmeId}`).click();
    await page.getByTestId('quota-proportional').waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'welfare-01-programme-390');
  });

  it('nominates a member at the province, sees her benefits, sends and approves', async () => {
    const member = await page.evaluate(async () => {
      const list = (await (await fetch('/api/members?pageSize=1')).json()) as { items: { fullName: string }[] };
      return list.items[0]!.fullName;
    });
    await page.getByRole('tab', { name: 'Đề nghị hỗ trợ' }).click();
    await page.getByTestId('nomination-add').click();
    await page.getByLabel('Đơn vị đề nghị', { exact: true }).click();
    await page.locator('.ant-select-tree-title', { hasText: 'Liên đoàn Lao động tỉnh Quảng Trị' }).first().click();
    await page.getByLabel('Đoàn viên', { exact: true }).click();
    await page.keyboard.type(member);
    await page.locator('.ant-select-item-option:visible', { hasText: member }).first().click();
    await page.locator('[data-testid^="benefits-"]').waitFor();
    await page.getByLabel('Lý do', { exact: true }).fill('Vợ ốm dài ngày, hai con nhỏ');
    await screenshot(page, 'welfare-03-nominate-390');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    const row = page.locator('[data-testid^="nomination-"]', { hasText: member }).first();
    await row.getByText('Nháp').waitFor();
    await row.getByRole('button', { name: 'Gửi lên' }).click();
    await row.getByText('Đã gửi').waitFor();
    await row.locator('[data-testid^="approve-"]').click();
    await row.getByText('Đã duyệt').waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'welfare-04-approved-390');
  });
  it('allocates the remaining places below, proposed by active members', async () => {
    await page.getByRole('tab', { name: 'Chỉ tiêu' }).click();
    await page.getByTestId('quota-proportional').click();
    const saved = page.waitForResponse((r) => r.url().endsWith('/quotas') && r.request().method() === 'PUT');
    await page.getByTestId('quota-save').click();
    expect((await saved).status()).toBe(200);
    const quotas = await page.evaluate(
      async (id) =>
        (await (await fetch(`/api/welfare/programmes/${id}/quotas`)).json()) as {
          children: { count: number; hasQuota: boolean }[];
        },
      programmeId,
    );
    expect(quotas.children.every((c) => c.hasQuota)).toBe(true);
    expect(quotas.children.reduce((s, c) => s + c.count, 0)).toBe(99); // one place taken by the province's own nomination
    await page.getByRole('button', { name: 'Công đoàn phường Đông Hà' }).waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'welfare-02-quotas-390');
  });
});
