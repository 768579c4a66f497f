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
});
afterAll(async () => close?.());

describe('a tab left open across an update: the page code is gone from the server', () => {
  it('reloads once by itself, then explains in Vietnamese and offers a reload that works', async () => {
    await page.goto(baseUrl);
    await page.getByTestId('login-username').fill('qt.canbo');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('menu-group-movement').waitFor();

    // The campaigns page's chunk no longer exists (a new version was deployed).
    await page.route('**/assets/CampaignsPage-*.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    let loads = 0;
    page.on('load', () => loads++);
    await (await menuEntry(page, 'movement', 'menu-campaigns')).click();
    await page.getByTestId('route-error').waitFor();
    expect(loads).toBe(1); // exactly one automatic reload
    const body = await page.locator('body').innerText();
    expect(body).toContain(tVi('errors.newVersion'));
    expect(body).not.toMatch(/Unexpected Application Error|Hey developer/);
    // The menu is still there: the error sits inside the layout.
    expect(await page.getByTestId('menu-group-movement').isVisible()).toBe(true);
    await screenshot(page, 'errors-01-new-version');

    await page.unroute('**/assets/CampaignsPage-*.js');
    await page.getByTestId('route-error-reload').click();
    await page.getByTestId('campaign-create').waitFor();
  });
});
