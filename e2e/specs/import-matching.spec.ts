import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot } from '../browser';
import { tVi } from '../i18n';

// Issue 14 item 5: a list re-imported over known people shows the differences and keeps the registry's
// values; a person held by another union becomes a transfer request that union accepts.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');

type Member = { id: number; fullName: string; cccd: string | null; birthDate: string | null; unit: { code: string } };
let known: Member;
let held: Member;
let unitId = 0;

/** Active Quảng Trị members with a CCCD (qt.canbo sees them unmasked), by unit code. */
async function members(): Promise<Member[]> {
  return page.evaluate(async () => {
    const res = await fetch('/api/members?pageSize=200&status=active');
    return ((await res.json()) as { items: Member[] }).items.filter((m) => m.cccd && m.birthDate);
  });
}

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

beforeAll(async () => {
  ({ page, close } = await openBrowser());
});
afterAll(async () => close?.());

describe('officer: re-import over known people → differences, nothing overwritten → transfer request accepted', () => {
  it('checks a list matching one member of the union and one held by another union', async () => {
    await page.goto(baseUrl);
    await page.getByTestId('login-username').fill('qt.canbo');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('menu-group-members').waitFor();
    const all = await members();
    // Units other specs do not use, so moving one member changes nothing they count.
    known = all.find((m) => m.unit.code === 'QT-0007')!;
    held = all.find((m) => ['QT-0101', 'QT-0102', 'QT-0005'].includes(m.unit.code))!;
    expect(known && held).toBeTruthy();
    unitId = await page.evaluate(async () => {
      const res = await fetch('/api/members/transfer-targets?q=QT-0007');
      return ((await res.json()) as { items: { id: number }[] }).items[0]!.id;
    });
    const csv = [
      'Họ và tên;Ngày sinh;Số CCCD;Nghề nghiệp',
      `${known.fullName} Mới;${ddmmyyyy(known.birthDate!)};${known.cccd};Kỹ sư thử`,
      `${held.fullName};${ddmmyyyy(held.birthDate!)};${held.cccd};`,
    ].join('\n');
    await page.goto(`${baseUrl}/members/import?unit=${unitId}`);
    await page.getByTestId('import-template').waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'doi-chieu.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByTestId('mapping-table').waitFor();
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-stats').waitFor({ timeout: 60_000 });
    // Row 2: the differences, registry against file; by default the registry is kept.
    await page.getByTestId('row-differences-2').waitFor();
    await page.getByTestId('import-rows').locator('.ant-table-row-expand-icon').first().click();
    await page.getByTestId('import-rows').getByText(`${known.fullName} Mới`).first().waitFor();
    expect(await page.getByTestId('row-action-2').innerText()).toContain(tVi('memberImport.actions.update'));
    // Row 3: held by another union → a transfer request.
    await page.getByTestId('row-elsewhere-3').waitFor();
    expect(await page.getByTestId('row-action-3').innerText()).toContain(tVi('memberImport.actions.transfer'));
    await screenshot(page, 'import-matching-01-preview');
  });

  it('commits: nothing filled is overwritten, and the request is sent', async () => {
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-done').innerText()).toContain('đề nghị chuyển sinh hoạt 1');
    await page.getByTestId('import-result-file').waitFor();
    const after = await page.evaluate(
      async (id) => (await (await fetch(`/api/members/${id}`)).json()) as Member,
      known.id,
    );
    expect(after.fullName).toBe(known.fullName);
    await screenshot(page, 'import-matching-02-done');
  });

  it('the holding union accepts on the transfers page, and the member moves', async () => {
    await page.goto(`${baseUrl}/members/transfers`);
    const request = await page.evaluate(async () => {
      const res = await fetch('/api/transfer-requests?direction=incoming');
      return ((await res.json()) as { items: { id: number; personId: number }[] }).items[0]!;
    });
    expect(request.personId).toBe(held.id);
    await page.getByTestId(`request-accept-${request.id}`).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: tVi('members.actions.ok') })
      .click();
    await page.locator('.ant-message').getByText(tVi('members.requests.done.accepted')).waitFor();
    const moved = await page.evaluate(
      async (id) => (await (await fetch(`/api/members/${id}`)).json()) as Member,
      held.id,
    );
    expect(moved.unit.code).toBe('QT-0007');
    await screenshot(page, 'import-matching-03-accepted');
  });
});
