import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, screenshot } from '../browser';

let page: Page;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');
let callUrl = '';
let consolidatedUrl = '';

const khe = 'Đề nghị tăng lương tối thiểu vùng cho công nhân cà phê Khe Sanh';
const lao = 'Đề nghị tăng lương tối thiểu vùng cho công nhân Lao Bảo';

async function signIn(username: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

async function signOut() {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.getByTestId('login-username').waitFor();
}

/** Pick a unit in the UnitTreeSelect of the form field labelled `label`. */
async function pickUnit(label: string, unitName: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-tree-title', { hasText: unitName }).first().click();
}

async function pickOption(text: string) {
  await page.locator('.ant-select-item-option:visible', { hasText: text }).first().click();
}

async function submitPetition(unitName: string, title: string, affected: string) {
  await page.goto(callUrl);
  await page.getByTestId('call-heading').waitFor();
  await page.getByTestId('call-submit-unit').click();
  await pickOption(unitName);
  await page.getByTestId('petition-title').fill(title);
  await page
    .getByTestId('petition-content')
    .fill('Tiền lương chưa theo kịp giá cả; đề nghị tăng lương tối thiểu vùng.');
  await page.getByTestId('petition-topic').click();
  await pickOption('Đời sống, việc làm, thu nhập và tiền lương');
  await page.getByTestId('petition-addressee').fill('UBND tỉnh Quảng Trị');
  await page
    .locator('input[data-testid="petition-affected"], [data-testid="petition-affected"] input')
    .first()
    .fill(affected);
  await page.getByTestId('call-submit').click();
  await page.locator('[data-testid^="call-state-"]', { hasText: 'Đã gửi' }).first().waitFor();
}

beforeAll(async () => {
  ({ page, close } = await openBrowser());
  page.setDefaultTimeout(10_000);
});
afterAll(async () => close?.());

describe('petitions: call → submit → consolidate → dialogue → answer → overdue → escalate → trail → report', () => {
  it('the province opens a call for petitions to two commune unions', async () => {
    await signIn('qt.canbo');
    await page.goto(`${baseUrl}/petition-calls`);
    await page.getByTestId('call-new').click();
    await pickUnit('Đơn vị tổ chức', 'Liên đoàn Lao động tỉnh Quảng Trị');
    await page.getByTestId('call-title').fill('Lấy kiến nghị trước Đối thoại tháng 5/2026');
    const deadline = page.getByLabel('Hạn', { exact: true });
    await deadline.click();
    await deadline.fill('31/12/2030 17:00');
    await deadline.press('Enter');
    await page.getByTestId('call-targets').click();
    await pickOption('Công đoàn xã Khe Sanh');
    await pickOption('Công đoàn xã Lao Bảo');
    await page.keyboard.press('Escape');
    await screenshot(page, 'petitions-01-new-call');
    await page.getByTestId('call-save').click();
    await page.getByTestId('call-heading').waitFor();
    callUrl = page.url();
    expect(await page.getByTestId('call-targets-table').innerText()).toContain('Chưa gửi');
    await signOut();
  });

  it('Khe Sanh and Lao Bảo submit their petitions', async () => {
    await signIn('ks.canbo');
    await submitPetition('Công đoàn xã Khe Sanh', khe, '1200');
    await screenshot(page, 'petitions-02-submitted');
    await signOut();
    await signIn('lb.canbo');
    await submitPetition('Công đoàn xã Lao Bảo', lao, '2000');
    await signOut();
    await signIn('qt.canbo');
    await page.goto(callUrl);
    await page.getByTestId('call-targets-table').waitFor();
    expect((await page.getByTestId('call-targets-table').innerText()).match(/Đã gửi/g)).toHaveLength(2);
  });

  it('consolidates them using a suggestion', async () => {
    await page.goto(`${baseUrl}/petitions/consolidate`);
    await page.getByTestId('consolidate-seed').click();
    await pickOption(khe);
    const row = page.getByTestId('consolidate-suggestions').locator('tr', { hasText: lao });
    await row.waitFor();
    await row.locator('input[type="checkbox"]').check();
    await page.getByTestId('consolidate-count').getByText('2').waitFor();
    await page.getByTestId('consolidate-title').fill('Tăng lương tối thiểu vùng cho công nhân Hướng Hóa');
    await page.getByTestId('consolidate-content').fill('Tổng hợp kiến nghị của công đoàn xã Khe Sanh và Lao Bảo.');
    // the owner is one of the officer's own unions, named, never a raw id
    await page.getByTestId('consolidate-unit').click();
    await pickOption('Liên đoàn Lao động tỉnh Quảng Trị');
    expect(await page.getByTestId('consolidate-unit').innerText()).toContain('Liên đoàn Lao động tỉnh Quảng Trị');
    await screenshot(page, 'petitions-03-consolidate');
    await page.getByTestId('consolidate-submit').click();
    await page.getByTestId('petition-counts').waitFor();
    consolidatedUrl = page.url();
    expect(await page.getByTestId('petition-unit').innerText()).toBe('Liên đoàn Lao động tỉnh Quảng Trị');
    expect(await page.getByTestId('petition-counts').innerText()).toContain(
      '2 đơn vị kiến nghị, liên quan 3.200 người lao động',
    );
  });

  it('attaches it to a dialogue and records the answer; past its commitment it is overdue', async () => {
    await page.goto(`${baseUrl}/dialogues`);
    await page.getByTestId('dialogue-new').click();
    await pickUnit('Đơn vị tổ chức', 'Liên đoàn Lao động tỉnh Quảng Trị');
    await page.getByTestId('dialogue-title').fill('Đối thoại với Chủ tịch UBND tỉnh tháng 5/2026');
    await page.getByTestId('dialogue-host').fill('Chủ tịch UBND tỉnh Quảng Trị');
    const date = page.getByLabel('Ngày', { exact: true });
    await date.click();
    await date.fill('15/05/2026');
    await date.press('Enter');
    await page.getByTestId('dialogue-save').click();
    await page.getByTestId('dialogue-heading').waitFor();
    await page.getByTestId('dialogue-attach-pick').click();
    await pickOption('Tăng lương tối thiểu vùng cho công nhân Hướng Hóa');
    await page.keyboard.press('Escape');
    await page.getByTestId('dialogue-attach').click();
    await page.getByTestId('petitions-table').getByText('Đã đưa ra đối thoại').waitFor();
    await screenshot(page, 'petitions-04-dialogue');

    await page.goto(consolidatedUrl);
    await page.getByTestId('petition-answer-button').click();
    await page.getByTestId('answer-text').fill('Tỉnh sẽ kiến nghị Chính phủ điều chỉnh lương tối thiểu vùng.');
    await page.getByTestId('answer-by').fill('Chủ tịch UBND tỉnh Quảng Trị');
    await page.getByTestId('answer-commitment').fill('Gửi văn bản kiến nghị');
    const deadline = page.getByLabel('Hạn cam kết', { exact: true });
    await deadline.click();
    await deadline.fill('31/01/2025');
    await deadline.press('Enter');
    await page.getByTestId('answer-status').click();
    await pickOption('Đang giải quyết');
    await page.getByTestId('answer-save').click();
    await page.getByTestId('petition-overdue').waitFor();
    expect(await page.getByTestId('petition-answer').first().innerText()).toContain('Chủ tịch UBND tỉnh Quảng Trị');
  });

  it('escalates the overdue petition to the confederation, keeping the trail', async () => {
    await page.getByTestId('petition-escalate').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('petition-unit').getByText('Tổng Liên đoàn Lao động Việt Nam').waitFor();
    await page.getByTestId('trail-escalated').waitFor();
    await screenshot(page, 'petitions-05-escalated');
  });

  it('downloads the .docx report, a valid Word file with the title', async () => {
    await page.goto(`${baseUrl}/petition-reports`);
    await page.getByTestId('report-docx').waitFor();
    await page.getByText('Tỷ lệ giải quyết').waitFor();
    await screenshot(page, 'petitions-06-reports');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-docx').click()]);
    const file = await download.path();
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Tổng hợp kiến nghị của đoàn viên, người lao động');
    expect(xml).toContain('Tăng lương tối thiểu vùng cho công nhân Hướng Hóa');
    await signOut();
  });

  it('the originating commune sees the status, the answer and the escalation trail', async () => {
    await signIn('ks.canbo');
    await page.goto(`${baseUrl}/petitions?`);
    await page.getByTestId('petitions-table').getByText('Tăng lương tối thiểu vùng cho công nhân Hướng Hóa').click();
    await page.getByTestId('petition-trail').waitFor();
    await page.getByTestId('trail-escalated').waitFor();
    expect(await page.getByTestId('petition-answer').first().innerText()).toContain('Tỉnh sẽ kiến nghị Chính phủ');
    await page.getByTestId('petition-overdue').waitFor();
    // the commune follows it but no longer handles it: no answer or escalate buttons
    expect(await page.getByTestId('petition-escalate').count()).toBe(0);
    await screenshot(page, 'petitions-07-origin-trail');
  });
});
