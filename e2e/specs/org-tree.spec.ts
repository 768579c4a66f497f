import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { menuEntry } from '../menu';
import { openBrowser, screenshot } from '../browser';
import { formatNumberVN } from '@congdoan/domain';
import { tVi } from '../i18n';

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');

const header = 'ma_don_vi,ma_cap_tren_moi,ten_moi,loai_moi\n';
const good =
  header + 'CDX-19441,LDLD-44,Công đoàn xã Hướng Phùng,commune_union\nQT-0103,CDX-19441,,\nQT-0104,CDX-19441,,\n';
const withConflict = good + 'QT-9999,CDX-19441,,\nKCN-NDH,LDLD-HH,,\n';

async function upload(content: string) {
  await page
    .getByTestId('bulk-page')
    .locator('input[type=file]')
    .setInputFiles({ name: 'sap-xep-huong-hoa.csv', mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByTestId('bulk-preview').waitFor();
}

beforeAll(async () => {
  ({ page, close } = await openBrowser());
});
afterAll(async () => close?.());

describe('organisation tree: search, history, bulk restructuring from a file', () => {
  it('signs in as the Quảng Trị administrator and finds the closed district federation without diacritics', async () => {
    await page.goto(baseUrl);
    await page.getByTestId('login-username').fill('qt.quantri');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('org-tree').waitFor();
    await page.getByTestId('unit-search').click();
    await page.keyboard.type('huong hoa');
    await page.getByTestId('unit-search-option').filter({ hasText: 'Liên đoàn Lao động huyện Hướng Hóa' }).click();
    await page.getByTestId('unit-title').getByText('Liên đoàn Lao động huyện Hướng Hóa').waitFor();
    await page.getByTestId('closed-badge').first().waitFor();
    await page.getByTestId('unit-timeline').getByText('Giải thể, bàn giao').waitFor();
    // The overview card (member rollups) answers for the subtree.
    await page.getByTestId('unit-overview').getByText('Đoàn viên theo trạng thái').waitFor();
    await screenshot(page, 'org-01-closed-district-federation');
  });

  it('shows the province overview from the member rollups', async () => {
    await page.getByTestId('unit-search').click();
    await page.keyboard.type('LDLD-44');
    await page.getByTestId('unit-search-option').first().click();
    await page.getByTestId('unit-title').getByText('Liên đoàn Lao động tỉnh Quảng Trị').waitFor();
    const overview = page.getByTestId('unit-overview');
    await overview.getByText('Đang sinh hoạt:').waitFor();
    await overview.getByText('Nữ:').waitFor();
    await overview.getByText('Ngoài nhà nước:').waitFor();
    await overview.getByText('Công đoàn cơ sở:').waitFor();
    await screenshot(page, 'org-01b-province-overview');
    // Each child shows its subtree's active members, the figure the API gives (issue 15), and the province's
    // node in the tree its own subtree's: the "Số liệu trong cây" figure, never its own 0.
    const provinceId = page.url().split('/units/')[1];
    const get = (url: string) => page.evaluate(async (u) => (await fetch(u)).json(), url);
    const figures = (await get(`/api/org-units/${provinceId}/children/members`)) as {
      items: { id: number; members: number }[];
    };
    const children = (await get(`/api/org-units/${provinceId}/children`)) as { items: { id: number; name: string }[] };
    const kheSanh = children.items.find((u) => u.name === 'Công đoàn xã Khe Sanh')!;
    const expected = figures.items.find((f) => f.id === kheSanh.id)!.members;
    expect(expected).toBeGreaterThan(0);
    const row = page.locator('tr', { has: page.getByRole('link', { name: 'Công đoàn xã Khe Sanh' }) });
    await expect.poll(() => row.getByTestId('child-members').innerText()).toBe(formatNumberVN(expected));
    const counts = (await get(`/api/org-units/${provinceId}/counts`)) as { members: number };
    const node = page
      .getByTestId('org-tree')
      .locator('.ant-tree-treenode', { hasText: 'Liên đoàn Lao động tỉnh Quảng Trị' });
    expect(await node.getByTestId('subtree-members').innerText()).toBe(`${formatNumberVN(counts.members)} ĐV`);
    // A commune union's children (grassroots unions) show their active members.
    await page.getByRole('link', { name: 'Công đoàn xã Khe Sanh' }).click();
    await page.getByTestId('unit-title').getByText('Công đoàn xã Khe Sanh').waitFor();
    await page.locator('th', { hasText: 'Đoàn viên đang sinh hoạt' }).waitFor();
  });

  it('shows the executive committee and the parents over time of a moved grassroots union', async () => {
    await page.getByTestId('unit-search').click();
    await page.keyboard.type('QT-0006');
    await page.getByTestId('unit-search-option').first().click();
    const timeline = page.getByTestId('unit-timeline');
    await timeline.getByText('Liên đoàn Lao động huyện Hướng Hóa').waitFor();
    await timeline.getByText('Công đoàn xã Khe Sanh').waitFor();
    expect(await timeline.innerText()).toContain('01/01/2020 – 30/06/2025');
    await screenshot(page, 'org-02-parents-over-time');
  });

  it('uploads a mapping file: the preview lists conflicts by row and nothing is applied', async () => {
    await (await menuEntry(page, 'organisation', 'menu-bulk')).click();
    await page.getByTestId('bulk-unit').locator('.ant-select').click();
    await page.locator('.ant-select-dropdown').getByText('Liên đoàn Lao động tỉnh Quảng Trị', { exact: true }).click();
    await upload(withConflict);
    const conflicts = page.getByTestId('bulk-conflicts');
    await conflicts.waitFor();
    const text = await conflicts.innerText();
    expect(text).toContain('Không có đơn vị mã QT-9999 trong phạm vi của bạn.');
    expect(text).toContain('LDLD-HH đã giải thể');
    expect(await page.getByTestId('bulk-apply').count()).toBe(0);
    await screenshot(page, 'org-03-bulk-conflicts');
  });

  it('uploads the corrected file, applies it as a background job with progress, and the tree shows the result', async () => {
    await page.getByTestId('bulk-new').click();
    await upload(good);
    expect(await page.getByTestId('bulk-changes').innerText()).toContain('Thành lập CDX-19441');
    await screenshot(page, 'org-04-bulk-preview');
    await page.getByTestId('bulk-apply').click();
    await page.locator('[data-testid="job-progress"][data-status="succeeded"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('bulk-applied').waitFor({ timeout: 30_000 });
    await screenshot(page, 'org-05-bulk-applied');
    // The tree: Quảng Trị now holds the new commune union, which holds the two moved unions.
    const tree = page.getByTestId('org-tree');
    await tree.getByText('Công đoàn xã Hướng Phùng').waitFor();
    await tree
      .locator('.ant-tree-treenode', { hasText: 'Công đoàn xã Hướng Phùng' })
      .locator('.ant-tree-switcher')
      .click();
    await tree.getByText('CĐCS Công ty TNHH Điện tử Quảng Trị (FDI)').waitFor();
    await tree.getByText('CĐCS Công ty Cổ phần Sợi Quảng Trị').waitFor();
    await tree.getByText('Công đoàn xã Hướng Phùng').click();
    await page.getByTestId('unit-title').getByText('Công đoàn xã Hướng Phùng').waitFor();
    expect(await page.locator('body').innerText()).toContain(tVi('orgTree.timeline.title'));
    await screenshot(page, 'org-06-tree-after-bulk');
  });
});
