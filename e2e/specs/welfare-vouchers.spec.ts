import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeProblems } from '../axe';
import { openBrowser, screenshot } from '../browser';

// Issue 17 item 8 on a phone (390×844): a provincial officer issues Tết Market codes with a progress bar, gives a
// shop its link and downloads the province's .csv; the shop opens the link on its phone and redeems a code once.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
let programmeId = 0;
let shopLink = '';
let voucher = { code: '', phone: '' };

const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  await page.setViewportSize({ width: 390, height: 844 });
});
afterAll(async () => close?.());

describe('Tết Market e-vouchers on a phone', () => {
  it('issues the codes of an approved beneficiary with a progress bar', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('qt.canbo');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-menu').waitFor();
    // The programme and one approved beneficiary come through the API; the voucher screens are under test.
    programmeId = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as {
        user: { roles: { unitId: number; unitCode: string }[] };
        csrfToken: string;
      };
      const post = async (url: string, body: unknown = {}) =>
        (await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
          body: JSON.stringify(body),
        }).then((r) => r.json())) as { id: number };
      const unitId = me.user.roles.find((r) => r.unitCode === 'LDLD-44')!.unitId;
      const today = new Date().toISOString().slice(0, 10);
      const year = today.slice(0, 4);
      const { id } = await post('/api/welfare/programmes', {
        unitId,
        kind: 'tet_market_voucher',
        name: 'Chợ Tết Công đoàn (thử)',
        year: Number(year),
        nominationFrom: `${year}-01-01`,
        nominationTo: `${year}-12-31`,
        handoutFrom: `${year}-01-01`,
        handoutTo: `${year}-12-31`,
        benefitForm: 'voucher',
        benefitVnd: 500000,
        totalCount: 10,
        totalBudgetVnd: 5_000_000,
      });
      const members = (await (await fetch(`/api/members?unit=${unitId}&pageSize=50`)).json()) as {
        items: { id: number; phone: string | null }[];
      };
      const person = members.items.find((m) => m.phone && /^0\d{9}$/.test(m.phone))!;
      const n = await post(`/api/welfare/programmes/${id}/nominations`, {
        unitId,
        personId: person.id,
        reason: 'Công nhân xa quê',
      });
      await post(`/api/welfare/nominations/${n.id}/submit`);
      await post(`/api/welfare/nominations/${n.id}/review`, { decision: 'approve' });
      return id;
    });
    await page.goto(`${baseUrl}/welfare/${programmeId}`);
    await page.getByRole('tab', { name: 'Phiếu mua hàng' }).click();
    await page.getByTestId('vouchers-issue').click();
    await page.locator('[data-testid="job-progress"][data-status="succeeded"]').waitFor();
    await expect.poll(() => page.getByTestId('vouchers-issued').textContent()).toContain('1');
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'welfare-vouchers-01-issued-390');
  });

  it('gives a shop its link and downloads the province list for the market platform', async () => {
    await page.getByTestId('shop-name').fill('Siêu thị Co.opmart Đông Hà');
    await page.getByTestId('shop-create').click();
    shopLink = (await page.getByTestId('shop-link').textContent())!.trim();
    expect(shopLink).toMatch(/\/doi-phieu#[A-Za-z0-9_-]{43}$/);
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: /Tải \.csv/ })
      .first()
      .click();
    const download = page.getByTestId('job-download');
    await download.waitFor();
    const csv = await page.evaluate(async (href) => (await fetch(href)).text(), (await download.getAttribute('href'))!);
    const [header, first] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toMatch(/^ma_phieu,so_dien_thoai,ho_ten,gia_tri_vnd,hieu_luc_tu,hieu_luc_den,tinh_thanh/);
    const cells = first!.split(',');
    voucher = { code: cells[0]!, phone: cells[1]! };
    expect(voucher.code).toMatch(/^[2-9A-Z]{12}$/);
    expect(cells[3]).toBe('500000');
    await page.keyboard.press('Escape');
  });

  it('lets the shop redeem the code once on its phone, with the buyer’s last four digits', async () => {
    await page.goto(shopLink);
    await page.getByTestId('redeem-shop').waitFor();
    expect(await page.getByTestId('redeem-shop').textContent()).toContain('Co.opmart Đông Hà');
    // the token leaves the address bar once kept
    expect(page.url()).not.toContain('#');
    await page.getByTestId('redeem-code').fill(voucher.code.toLowerCase());
    await page.getByTestId('redeem-phone').fill(voucher.phone.slice(-4));
    await page.getByTestId('redeem-submit').click();
    await page.getByTestId('redeem-ok').waitFor();
    expect(await page.getByTestId('redeem-ok').textContent()).toContain('500.000');
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'welfare-vouchers-02-redeemed-390');

    await page.getByTestId('redeem-code').fill(voucher.code);
    await page.getByTestId('redeem-phone').fill(voucher.phone);
    await page.getByTestId('redeem-submit').click();
    await page.getByTestId('redeem-error').waitFor();
    expect(await page.getByTestId('redeem-error').textContent()).toContain('đã được sử dụng');
    await screenshot(page, 'welfare-vouchers-03-twice-390');
  });
});
