import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openBrowser, screenshot } from '../browser';
import { tVi } from '../i18n';
import { typeDate } from '../pickers';

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

/** A programme of the officer's province (the demo's welfare programmes may all be elsewhere). */
async function qtProgramme(): Promise<number> {
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/auth/me')).json()) as {
      user: { roles: { unitId: number; unitCode: string }[] };
      csrfToken: string;
    };
    const unitId = me.user.roles.find((r) => r.unitCode === 'LDLD-44')!.unitId;
    const year = new Date().toISOString().slice(0, 4);
    const res = await fetch('/api/welfare/programmes', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({
        unitId,
        kind: 'tet_gift',
        name: 'Quà Tết (trang nhập danh sách)',
        year: Number(year),
        nominationFrom: `${year}-01-01`,
        nominationTo: `${year}-12-31`,
        benefitForm: 'cash',
        benefitVnd: 600000,
        totalCount: 10,
        totalBudgetVnd: 6_000_000,
      }),
    });
    return ((await res.json()) as { id: number }).id;
  });
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
      findings.push({
        size: size.name,
        problem: `scrolls sideways: ${scrollWidth} > ${innerWidth} (${culprits.join(', ')})`,
      });
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
  ['calendar-feed', '/account/calendar'],
  ['welfare', '/welfare'],
  ['welfare-new', '/welfare/new'],
  ['welfare-import', async () => `/welfare/${await qtProgramme()}/import`],
  ['dashboard', '/dashboard'],
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

  describe('on a phone, a refused form shows the error beside its field, scrolled into view', () => {
    beforeAll(async () => {
      await signIn('qt.canbo');
      await page.setViewportSize({ width: 390, height: 844 });
    });

    /** The error under the Form.Item holding `testId`, and whether that field is on screen. */
    async function fieldError(testId: string) {
      const item = page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) });
      const error = item.locator('.ant-form-item-explain-error');
      await error.waitFor({ timeout: 10_000 });
      const box = (await page.getByTestId(testId).boundingBox())!;
      return { text: await error.innerText(), onScreen: box.y >= 0 && box.y + box.height <= 844 };
    }

    it('admission with a CCCD that already belongs to someone: the message sits under the CCCD box', async () => {
      const existing = await page.evaluate(async () => {
        const list = (await (await fetch('/api/members?pageSize=20')).json()) as { items: { id: number }[] };
        for (const { id } of list.items) {
          const m = (await (await fetch(`/api/members/${id}`)).json()) as {
            cccd: string | null;
            gender: string;
            fullName: string;
          };
          if (m.cccd) return m;
        }
        throw new Error('no demo member with a CCCD');
      });
      const unit = await firstId('/api/members/transfer-targets?q=QT-0001');
      await page.goto(`${baseUrl}/members?unit=${unit}`);
      await page.getByTestId('member-admit').click();
      await page.getByTestId('admit-name').fill('Lê Thị Trùng Số');
      await page.getByLabel(tVi(`members.gender.${existing.gender}`), { exact: true }).check();
      await page.getByTestId('admit-cccd').fill(existing.cccd!);
      await page.getByTestId('admit-submit').click();
      const { text, onScreen } = await fieldError('admit-cccd');
      expect(text).toMatch(/CCCD/);
      // …and says whose it is: the officer may see this member (issue 15 item 10)
      expect(text).toContain(existing.fullName);
      expect(onScreen).toBe(true);
      // Said once, where it belongs: not also in a banner at the top of the modal.
      expect(await page.locator('.ant-modal .ant-alert-error').count()).toBe(0);
      await screenshot(page, 'pages-form-error-admission-390x844');
      await page.keyboard.press('Escape');
    });

    it('an event that ends before it starts: the message sits under "Kết thúc"', async () => {
      await page.goto(`${baseUrl}/events/new`);
      await page.getByTestId('event-title').fill('Hội thao công nhân');
      await typeDate(page, 'event-starts', '26/04/2030 10:00');
      await typeDate(page, 'event-ends', '26/04/2030 08:00');
      await page.getByTestId('event-submit').click();
      const { text, onScreen } = await fieldError('event-ends');
      expect(text).toContain('Thời gian kết thúc phải sau thời gian bắt đầu');
      expect(onScreen).toBe(true);
      expect(page.url()).toMatch(/\/events\/new$/);
      await screenshot(page, 'pages-form-error-event-390x844');
    });
  });
});
