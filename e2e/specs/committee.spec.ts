import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot } from '../browser';
import { field, typeDate } from '../pickers';
import { signIn } from '../sign-in';

// A federation administrator on a phone (390×844) adds an executive-committee term to a commune union
// and corrects it afterwards (issue 15: a record a user can create, they can edit). Errors sit beside
// their field, the page never scrolls sideways.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
const W = 390;

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  await page.setViewportSize({ width: W, height: 844 });
});
afterAll(async () => close?.());

async function fitsThePhone(step: string) {
  await page.waitForLoadState('networkidle');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${step}: the page scrolls sideways`).toBeLessThanOrEqual(W);
  await screenshot(page, `committee-${step}`);
}

/** The error antd shows under a form field (by the field's test id). */
const errorBeside = (id: string) =>
  page.locator('.ant-form-item', { has: page.locator(`[data-testid="${id}"]`) }).locator('.ant-form-item-explain');

const termLines = () =>
  page.getByTestId('committee-term').filter({ hasText: '2028–2033' }).getByTestId('committee-member').allInnerTexts();

describe('executive committee: add and correct a term on a phone', () => {
  it('signs in as the Quảng Trị administrator and opens Công đoàn xã Khe Sanh', async () => {
    await signIn(page, baseUrl, 'qt.quantri', password, { then: '/' });
    await page.getByTestId('unit-title').waitFor();
    const hits = await page.evaluate(
      async () =>
        (await (await fetch('/api/org-units/search?q=khe%20sanh')).json()) as { items: { id: number; name: string }[] },
    );
    const unit = hits.items.find((u) => u.name === 'Công đoàn xã Khe Sanh')!;
    await page.goto(`${baseUrl}/units/${unit.id}`);
    await page.getByTestId('unit-title').getByText('Công đoàn xã Khe Sanh').waitFor();
    await page.getByTestId('unit-committee').waitFor();
    await fitsThePhone('01-unit');
  });

  it('adds a term: an end before the start is shown beside the field, then the term is saved', async () => {
    await page.getByTestId('term-add').click();
    await page.getByTestId('term-form').waitFor();
    await field(page, 'term-label').fill('2028–2033');
    await typeDate(page, 'term-starts', '01/09/2028');
    await typeDate(page, 'term-ends', '01/01/2028');
    await field(page, 'term-member-name-0').fill('Nguyễn Văn Thử');
    await page.getByTestId('term-add-member').click();
    await field(page, 'term-member-name-1').fill('Trần Thị Mẫu');
    await page.getByTestId('term-member-position-1').click();
    await page.locator('.ant-select-dropdown:visible').getByText('Ủy viên Ban Thường vụ', { exact: true }).click();
    await page.getByTestId('term-save').click();
    await expect.poll(() => errorBeside('term-ends').innerText()).toContain('Ngày kết thúc phải sau ngày bắt đầu.');
    await fitsThePhone('02-form-error');
    await typeDate(page, 'term-ends', '01/09/2033');
    await page.getByTestId('term-save').click();
    await page.getByTestId('term-form').waitFor({ state: 'detached' });
    await expect.poll(termLines).toEqual(['Nguyễn Văn Thử', 'Trần Thị Mẫu']);
    const term = page.getByTestId('committee-term').filter({ hasText: '2028–2033' });
    expect(await term.innerText()).toContain('(01/09/2028 – 01/09/2033)');
    await fitsThePhone('03-saved');
  });

  it("corrects the term: the server's refusal sits beside the member's field; a name fixed, a member removed", async () => {
    await page.getByTestId('committee-term').filter({ hasText: '2028–2033' }).getByTestId('term-edit').click();
    await page.getByTestId('term-form').waitFor();
    expect(await field(page, 'term-member-name-0').inputValue()).toBe('Nguyễn Văn Thử');
    // each line comes back with its dates (the term's, as none were given)
    expect(await field(page, 'term-member-starts-0').inputValue()).toBe('01/09/2028');
    expect(await field(page, 'term-member-ends-0').inputValue()).toBe('01/09/2033');
    await field(page, 'term-member-name-0').fill('Nguyễn Văn Thủ');
    await page.getByTestId('term-member-remove-1').click();
    // the client does not check a member's dates: the API does, and its answer points at the line
    await typeDate(page, 'term-member-ends-0', '01/01/2020');
    await page.getByTestId('term-save').click();
    await expect
      .poll(() => errorBeside('term-member-ends-0').innerText())
      .toContain('Thời gian giữ chức vụ của Nguyễn Văn Thủ phải kết thúc sau khi bắt đầu.');
    await fitsThePhone('04-edit-error');
    await typeDate(page, 'term-member-ends-0', '01/09/2033');
    await page.getByTestId('term-save').click();
    await page.getByTestId('term-form').waitFor({ state: 'detached' });
    await expect.poll(termLines).toEqual(['Nguyễn Văn Thủ']);
    await page.reload();
    await page.getByTestId('committee-term').filter({ hasText: '2028–2033' }).waitFor();
    await expect.poll(termLines).toEqual(['Nguyễn Văn Thủ']);
    await fitsThePhone('05-edited');
  });
});
