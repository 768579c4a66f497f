import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot } from '../browser';
import { tVi } from '../i18n';
import { menuEntry } from '../menu';

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  await page.setViewportSize({ width: 390, height: 844 });
});
afterAll(async () => close?.());

/** Widest element's right edge: anything beyond 390 px means the page scrolls sideways. */
const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

describe('a commune officer on a phone (390×844): grouped menu in a drawer, user menu in reach', () => {
  it('signs in; the header fits and the menu button opens the grouped menu', async () => {
    await page.goto(baseUrl);
    await page.getByTestId('login-username').fill('qt.canbo');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('menu-open').waitFor();
    expect(await page.getByTestId('user-menu').isVisible()).toBe(true);
    const header = await page.locator('.ant-layout-header').boundingBox();
    expect(header!.width).toBeLessThanOrEqual(390);
    await page.getByTestId('menu-open').click();
    const drawer = page.locator('.ant-drawer-body');
    await drawer.getByTestId('menu-group-organisation').waitFor();
    for (const group of ['members', 'movement', 'labourRelations']) {
      expect(await drawer.innerText()).toContain(tVi(`menu.groups.${group}`));
    }
    // An officer does not manage accounts: the admin group is not offered.
    expect(await drawer.innerText()).not.toContain(tVi('menu.groups.admin'));
    await screenshot(page, 'phone-01-menu-drawer');
    await page.keyboard.press('Escape');
  });

  it('goes to the member list from the drawer, which closes, and nothing scrolls sideways', async () => {
    await (await menuEntry(page, 'members', 'menu-members')).click();
    await page.waitForURL(/\/members$/);
    await page.getByTestId('members-search').waitFor();
    await page.locator('.ant-drawer-body').waitFor({ state: 'hidden' });
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await screenshot(page, 'phone-02-members');
  });

  it('reaches language and log out from the compact user menu', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').waitFor();
    expect(await page.getByTestId('lang-en').isVisible()).toBe(true);
    await screenshot(page, 'phone-03-user-menu');
    await page.getByTestId('logout').click();
    await page.getByTestId('login-username').waitFor();
  });
});
