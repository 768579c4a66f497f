import type { Page } from 'playwright-core';

/**
 * Signs in through the login form and waits for where a sign-in lands: the official's home page (/home),
 * or the page `next` asked for. Journeys that start from the organisation tree pass `then: '/'`.
 */
export async function signIn(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
  opts: { next?: string; then?: string } = {},
): Promise<void> {
  await page.goto(opts.next ? `${baseUrl}/login?next=${encodeURIComponent(opts.next)}` : `${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname === (opts.next ?? '/home').split('?')[0]);
  if (opts.then) await page.goto(`${baseUrl}${opts.then}`);
}
