import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openBrowser, screenshot } from '../browser';

// Every officials' page, as an officer and as an administrator, on a phone (390×844) and a desk
// (1440×900): axe-core finds no serious or critical issue, nothing scrolls sideways, and each
// page leaves a screenshot in e2e/screenshots/ for review. One browser, one session per role.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');

const sizes = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desk', width: 1440, height: 900 },
] as const;

/** An id from a list endpoint, fetched with the signed-in session; the page under test needs it. */
async function firstId(path: string): Promise<number> {
  const body = await page.evaluate(async (url) => {
    const res = await fetch(url, { credentials: 'same-origin' });
    return (await res.json()) as { items?: { id: number }[] };
  }, path);
  const id = body.items?.[0]?.id;
  if (!id) throw new Error(`no item from ${path}: the demo data should have one`);
  return id;
}

async function signIn(username: string) {
  await page.context().clearCookies();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(baseUrl + '/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Loaded: the network is quiet and no spinner or skeleton is left. */
async function settle() {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton-active')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
}

type Finding = { size: string; problem: string };

/** Open `path` at both sizes; return what is wrong (empty when the page is fine). */
async function check(name: string, path: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto(baseUrl + path);
    await settle();
    expect(page.url(), `${path} must not fall back to the login page`).not.toMatch(/\/login/);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    if (scrollWidth > innerWidth) {
      const culprits = await page.evaluate((vw) => {
        // The outermost elements sticking out, so a failure says where to look.
        return Array.from(document.querySelectorAll<HTMLElement>('body *'))
          .filter((el) => el.getBoundingClientRect().right > vw + 1)
          .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= vw + 1)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')}`);
      }, innerWidth);
      findings.push({ size: size.name, problem: `scrolls sideways: ${scrollWidth} > ${innerWidth} (${culprits})` });
    }
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      const where = v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 140)}`)
        .join(' | ');
      findings.push({ size: size.name, problem: `axe ${v.impact} ${v.id}: ${v.help} — ${where}` });
    }
    await screenshot(page, `pages-${name}-${size.width}x${size.height}`);
  }
  return findings;
}

beforeAll(async () => {
  ({ page, close } = await openBrowser());
});
afterAll(async () => close?.());

const officerPages: [string, string | (() => Promise<string>)][] = [
  ['unit', '/'],
  ['members', '/members'],
  ['member', async () => `/members/${await firstId('/api/members?pageSize=1')}`],
  ['transfers', '/members/transfers'],
  ['targets', '/members/targets'],
  ['duplicates', '/members/duplicates'],
  ['import', '/members/import'],
  ['petitions', '/petitions'],
  ['petitions-consolidate', '/petitions/consolidate'],
  ['petition-calls', '/petition-calls'],
  ['petition-call', async () => `/petition-calls/${await firstId('/api/petition-calls')}`],
  ['dialogues', '/dialogues'],
  ['petition-reports', '/petition-reports'],
  ['draft-laws', '/draft-laws'],
  ['campaigns', '/campaigns'],
  ['campaign', async () => `/campaigns/${await firstId('/api/campaigns')}`],
  ['events', '/events'],
  ['event-new', '/events/new'],
  ['event', async () => `/events/${await firstId('/api/events')}`],
  ['event-checkin', async () => `/events/${await firstId('/api/events')}/checkin`],
];
const adminPages: [string, string][] = [
  ['bulk-restructuring', '/reorganizations/bulk'],
  ['users', '/users'],
  ['audit', '/audit'],
];

describe('every officials page at 390×844 and 1440×900: axe clean, no sideways scroll, screenshots', () => {
  describe('a provincial officer', () => {
    beforeAll(async () => signIn('qt.canbo'));
    for (const [name, path] of officerPages) {
      it(name, async () => {
        const resolved = typeof path === 'string' ? path : await path();
        expect(await check(`officer-${name}`, resolved)).toEqual([]);
      });
    }
  });

  describe('a provincial administrator', () => {
    beforeAll(async () => signIn('qt.quantri'));
    for (const [name, path] of adminPages) {
      it(name, async () => {
        expect(await check(`admin-${name}`, path)).toEqual([]);
      });
    }
  });
});
