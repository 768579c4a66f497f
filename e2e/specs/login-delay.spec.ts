import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openBrowser, screenshot } from '../browser';
import { tVi } from '../i18n';

// Issue 11: strangers' failed sign-ins make an account wait; they do not lock its owner out.
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
let owner: { context: BrowserContext; page: Page; close: () => Promise<void> };
let stranger: { page: Page; close: () => Promise<void> };

async function signIn(page: Page, login: string, pass: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(login);
  await page.getByTestId('login-password').fill(pass);
  await page.getByTestId('login-submit').click();
}

beforeAll(async () => {
  owner = await openBrowser();
  stranger = await openBrowser();
});
afterAll(async () => {
  await owner?.close();
  await stranger?.close();
});

describe('sign-in delay: a wait with a countdown for strangers, no lock-out for the owner', () => {
  it('the owner signs in once in their browser, which is then known', async () => {
    await signIn(owner.page, 'kiemtra', password);
    await owner.page.waitForURL((url) => !url.pathname.startsWith('/login'));
    // Sign out by dropping the session only; the browser keeps its known-device cookie.
    const device = (await owner.context.cookies()).filter((c) => c.name === 'cd_device');
    expect(device).toHaveLength(1);
    await owner.context.clearCookies();
    await owner.context.addCookies(device);
  });

  it('after 5 wrong passwords elsewhere, that browser is told how long to wait', async () => {
    const { page } = stranger;
    for (let i = 0; i < 5; i++) {
      await signIn(page, 'kiemtra', `doan-mo-${i}-mat-khau`);
      await page.getByTestId('login-error').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
    }
    await signIn(page, 'kiemtra', password);
    const error = page.getByTestId('login-error');
    await error.getByText(/thử lại sau 1 phút/).waitFor();
    expect(await page.getByTestId('login-wait').innerText()).toMatch(/^Có thể thử lại sau [01]:\d\d\.$/);
    await screenshot(page, 'login-delay');
    expect(page.url()).toContain('/login');
    expect(tVi('auth.login.waitLeft')).toContain('{{time}}');
  });

  it('the owner still signs in from their known browser', async () => {
    await signIn(owner.page, 'kiemtra', password);
    await owner.page.waitForURL((url) => !url.pathname.startsWith('/login'));
  });
});
