import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { menuEntry } from '../menu';
import { openBrowser, screenshot } from '../browser';
import { tEn, tVi } from '../i18n';

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const oneTimePassword = inject('adminPassword');
const newPassword = 'Congdoan-So-2026';

beforeAll(async () => {
  ({ page, close } = await openBrowser());
});
afterAll(async () => close?.());

describe('first administrator: login → forced password change → tree → English → logout', () => {
  it('shows a Vietnamese login page and a clear message for a wrong password', async () => {
    await page.goto(baseUrl);
    await page.getByTestId('login-username').waitFor();
    expect(await page.locator('body').innerText()).toContain(tVi('auth.login.title'));
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('sai-mat-khau-1');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').innerText()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    await screenshot(page, '01-login-error');
  });

  it('signs in with the one-time password and must change it first', async () => {
    await page.getByTestId('login-password').fill(oneTimePassword);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('password-current').waitFor();
    expect(await page.locator('body').innerText()).toContain(tVi('auth.password.forced'));
    await page.getByTestId('password-current').fill(oneTimePassword);
    await page.getByTestId('password-new').fill(newPassword);
    await page.getByTestId('password-confirm').fill(newPassword);
    await screenshot(page, '02-forced-change');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('org-tree').waitFor();
  });

  it('shows the demo confederation as a lazy tree, the module menu, and the user with their role', async () => {
    const tree = page.getByTestId('org-tree');
    await tree.getByText('Tổng Liên đoàn Lao động Việt Nam').waitFor();
    await tree.getByText('Liên đoàn Lao động tỉnh Quảng Trị').waitFor();
    expect(await page.getByTestId('user-menu').innerText()).toContain('Quản trị hệ thống');
    await expect((await menuEntry(page, 'admin', 'menu-users')).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('menu-audit').isVisible()).resolves.toBe(true);
    await screenshot(page, '03-menu-admin-group');
    await page.keyboard.press('Escape');
    // Open Quảng Trị: its children load on demand.
    await tree.getByText('Liên đoàn Lao động tỉnh Quảng Trị').click();
    await page.getByTestId('unit-title').getByText('Liên đoàn Lao động tỉnh Quảng Trị').waitFor();
    const qt = tree.locator('.ant-tree-treenode', { hasText: 'Liên đoàn Lao động tỉnh Quảng Trị' });
    await qt.locator('.ant-tree-switcher').click();
    await tree.getByText('Công đoàn Khu công nghiệp Nam Đông Hà').waitFor();
    await tree.getByText('Công đoàn Khu công nghiệp Nam Đông Hà').click();
    await page.getByTestId('unit-title').getByText('Công đoàn Khu công nghiệp Nam Đông Hà').waitFor();
    await page.getByTestId('unit-history').waitFor();
    await page.getByTestId('unit-history').locator('.ant-tag').first().waitFor();
    // History in words: Vietnamese field names, no database columns.
    const history = await page.getByTestId('unit-history').innerText();
    expect(history).toContain(tVi('audit.columns.code'));
    expect(history).not.toMatch(/admin_version|created_at|[a-z]+_[a-z]+/);
    await screenshot(page, '03-tree-unit');
  });

  it('switches the interface to English and back', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('lang-en').click();
    await page.getByText(tEn('menu.groups.organisation')).first().waitFor();
    expect(await page.locator('body').innerText()).toContain(tEn('orgUnits.history.title'));
    await screenshot(page, '04-english');
    await page.reload();
    await page.getByText(tEn('menu.groups.organisation')).first().waitFor(); // the choice is remembered
    await page.getByTestId('user-menu').click();
    await page.getByTestId('lang-vi').click();
    await page.getByText(tVi('menu.groups.organisation')).first().waitFor();
  });

  it('logs out back to the login page, and the new password works', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor();
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(newPassword);
    await page.getByTestId('login-submit').click();
    // A sign-in lands on the home page (what waits for the official); the tree stays beside it.
    await page.getByTestId('home-entries').waitFor();
    expect(new URL(page.url()).pathname).toBe('/home');
    await page.getByTestId('org-tree').waitFor();
    await screenshot(page, '05-signed-in-again');
  });

  it('a page asked for before signing in still wins over the home page', async () => {
    await page.context().clearCookies();
    await page.goto(`${baseUrl}/members?q=soi`);
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(newPassword);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === '/members');
    expect(new URL(page.url()).search).toBe('?q=soi');
  });
});
