import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deflateSync } from 'node:zlib';
import { axeProblems } from '../axe';
import { openBrowser, screenshot } from '../browser';
import { field, typeDate } from '../pickers';

// Issue 17 item 6 on a phone (390×844): a Quảng Trị officer opens a Union Home for an approved family of the
// demo's 2024 programme, takes it from the application through survey, approval, funding (a wrong split
// refused first), ground-breaking, a milestone and completion to the handover, with photos, corrects the
// application and the milestone (what one creates one can edit), and finds the house on the province map.
// Screenshots: e2e/screenshots/union-home-*.png.

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
let programmeId = 0;
let homeId = 0;

/** A 4×4 PNG of one colour (the photos the officer takes). */
function png(r: number, g: number, b: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const x of buf) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 4, 0, 0, 0, 4, 8, 2, 0, 0, 0]);
  const row = Buffer.from([0, ...Array.from({ length: 4 }, () => [r, g, b]).flat()]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat([row, row, row, row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
const stageIs = (text: string) => page.getByTestId('home-stage').filter({ hasText: text }).waitFor();
/** Opens an antd select, types to filter, takes the first match. */
async function pick(testId: string, text = '') {
  await page.getByTestId(testId).click();
  if (text) await page.keyboard.type(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
}
async function photo(name: string, content: Buffer, count: number) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'image/png', buffer: content });
  await expect.poll(() => page.locator('[data-testid^="home-photo-"]').count()).toBe(count);
}

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  await page.setViewportSize({ width: 390, height: 844 });
});
afterAll(async () => close?.());

describe('a Union Home from application to handover, on the province map', () => {
  it('opens a house record for an approved family', async () => {
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-username').fill('qt.canbo');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-menu').waitFor();
    programmeId = await page.evaluate(async () => {
      const list = (await (await fetch('/api/welfare/programmes')).json()) as { items: { id: number; name: string }[] };
      return list.items.find((p) => p.name === 'Mái ấm Công đoàn năm 2024')!.id;
    });
    await page.goto(`${baseUrl}/welfare/homes?programmeId=${programmeId}`);
    await page.getByTestId('vn-map').waitFor();
    await page.getByTestId('home-new').click();
    await pick('home-nomination');
    await page.getByTestId('home-situation').fill('Nhà tạm lợp tôn đã dột nát; chồng ốm dài ngày, hai con nhỏ.');
    await typeDate(page, 'home-appliedOn', '03/03/2025');
    await pick('home-commune', 'Khe Sanh');
    await page.getByTestId('home-address').fill('Thôn Khe Sanh 3');
    await field(page, 'home-latitude').fill('16.631');
    await field(page, 'home-longitude').fill('106.741');
    await page.getByTestId('home-submit').click();
    await page.waitForURL(/\/welfare\/homes\/\d+$/);
    homeId = Number(/(\d+)$/.exec(page.url())![1]);
    await stageIs('Đề nghị hỗ trợ');
    await photo('nha-cu.png', png(120, 100, 80), 1);
  });

  it('moves through survey, approval and funding, refusing a split that does not add up', async () => {
    await typeDate(page, 'stage-surveyedOn', '10/03/2025');
    await page.getByTestId('stage-surveyedBy').fill('Tổ khảo sát LĐLĐ tỉnh');
    await page.getByTestId('stage-surveyFindings').fill('Nhà cấp 4 xuống cấp, cần xây mới 40 m²');
    await field(page, 'stage-estimatedCostVnd').fill('60000000');
    await page.getByTestId('stage-submit').click();
    await stageIs('Khảo sát');
    await typeDate(page, 'stage-approvedOn', '20/03/2025');
    await page.getByTestId('stage-decisionNumber').fill('45/QĐ-LĐLĐ');
    await field(page, 'stage-approvedCostVnd').fill('60000000');
    await page.getByTestId('stage-submit').click();
    await stageIs('Phê duyệt');
    await field(page, 'stage-unionVnd').fill('40000000');
    await field(page, 'stage-familyVnd').fill('10000000');
    await page.getByTestId('stage-submit').click();
    await expect.poll(() => page.getByTestId('stage-error').textContent()).toContain('phải bằng kinh phí được duyệt');
    await field(page, 'stage-unionVnd').fill('50000000');
    await page.getByTestId('stage-submit').click();
    await stageIs('Phân bổ kinh phí');
  });

  it('breaks ground, records a milestone, completes and hands the house over with a photo', async () => {
    await typeDate(page, 'stage-startedOn', '05/04/2025');
    await page.getByTestId('stage-submit').click();
    await stageIs('Khởi công');
    await page.getByTestId('milestone-title').fill('Xong phần thô, đổ mái');
    await typeDate(page, 'milestone-doneOn', '10/05/2025');
    await field(page, 'milestone-progress').fill('80');
    await page.getByTestId('milestone-submit').click();
    await page.getByText('Xong phần thô, đổ mái').waitFor();
    await photo('phan-tho.png', png(190, 100, 70), 2);
    await typeDate(page, 'stage-completedOn', '30/05/2025');
    await page.getByTestId('stage-submit').click();
    await stageIs('Hoàn thành');
    await typeDate(page, 'stage-handedOn', '05/06/2025');
    await page.getByTestId('stage-submit').click();
    await stageIs('Bàn giao');
    await photo('ban-giao.png', png(200, 30, 30), 3);
    // The photos come back from the scoped route as real images.
    const widths = await page
      .locator('[data-testid^="home-photo-"] img, img[data-testid^="home-photo-"]')
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(widths).toEqual([4, 4, 4]);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'union-home-01-handed-over-390');
  });

  it('corrects the application and a milestone, a date out of order shown beside its field', async () => {
    const explain = (testId: string) =>
      page
        .locator('.ant-form-item')
        .filter({ has: field(page, testId) })
        .locator('.ant-form-item-explain-error');
    await page.getByTestId('stage-edit-application').click();
    // The form opens with what was recorded.
    expect(await field(page, 'home-address').inputValue()).toBe('Thôn Khe Sanh 3');
    expect(await page.getByTestId('home-situation').inputValue()).toContain('Nhà tạm lợp tôn');
    // An application dated after the survey is refused, beside the date.
    await typeDate(page, 'home-appliedOn', '15/03/2025');
    await page.getByTestId('application-submit').click();
    await expect.poll(() => explain('home-appliedOn').textContent()).toContain('Ngày không hợp lệ');
    await typeDate(page, 'home-appliedOn', '01/03/2025');
    await page.getByTestId('home-address').fill('Thôn Khe Sanh 4, cạnh nhà văn hóa');
    await page.getByTestId('application-submit').click();
    await page.getByTestId('stage-facts-application').getByText('Thôn Khe Sanh 4, cạnh nhà văn hóa').waitFor();
    expect(await page.getByTestId('stage-facts-application').textContent()).toContain('01/03/2025');
    // The milestone: before the ground-breaking is refused beside the date, then corrected.
    const milestone = page.locator('[data-testid^="milestone-edit-"]').first();
    await milestone.click();
    expect(await page.getByTestId('milestone-edit-title').inputValue()).toBe('Xong phần thô, đổ mái');
    await typeDate(page, 'milestone-edit-doneOn', '01/04/2025');
    await page.getByTestId('milestone-edit-submit').click();
    await expect.poll(() => explain('milestone-edit-doneOn').textContent()).toContain('Ngày không hợp lệ');
    await typeDate(page, 'milestone-edit-doneOn', '12/05/2025');
    await page.getByTestId('milestone-edit-title').fill('Xong phần thô, lợp mái ngói');
    await field(page, 'milestone-edit-progress').fill('85');
    await page.getByTestId('milestone-edit-submit').click();
    await page.getByText('12/05/2025 · Xong phần thô, lợp mái ngói · 85%').waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'union-home-02-corrected-390');
  });

  it('shows the house on the map of Quảng Trị', async () => {
    await page.goto(`${baseUrl}/welfare/homes?programmeId=${programmeId}`);
    const point = page.getByTestId(`home-point-${homeId}`);
    await point.waitFor();
    const map = (await page.getByTestId('vn-map').boundingBox())!;
    const dot = (await point.boundingBox())!;
    expect(dot.x).toBeGreaterThanOrEqual(map.x);
    expect(dot.x + dot.width).toBeLessThanOrEqual(map.x + map.width);
    expect(dot.y).toBeGreaterThanOrEqual(map.y);
    expect(dot.y + dot.height).toBeLessThanOrEqual(map.y + map.height);
    expect(await page.locator('[data-province="44"]').count()).toBe(1);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
    await screenshot(page, 'union-home-03-province-map-390');
  });
});
