import fs from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { openBrowser, screenshot } from '../browser';
import { savePdfFirstPage } from '../pdf-render';

// One of each document kind the product makes, downloaded by clicking its button as an official does, then
// opened: .docx XML, .xlsx cells, PDF first page rendered to PNG (e2e/screenshots/downloads-*.png), .ics text.
let page: Page;
let context: BrowserContext;
let close: () => Promise<void>;
const baseUrl = inject('baseUrl');
const password = inject('adminPassword');

async function download(button: Locator): Promise<string> {
  await button.waitFor();
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return file.path();
}
const pdfHeader = (file: string) => fs.readFileSync(file).subarray(0, 5).toString();
async function api<T>(url: string): Promise<T> {
  const res = await page.request.get(`${baseUrl}${url}`);
  expect(res.status(), url).toBe(200);
  return (await res.json()) as T;
}

beforeAll(async () => {
  ({ page, context, close } = await openBrowser());
  await page.goto(baseUrl);
  await page.getByTestId('login-username').fill('qt.canbo');
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('menu-group-organisation').waitFor();
});
afterAll(async () => close?.());

describe('every document kind downloads from the UI and opens', () => {
  let campaignId = 0;

  it('campaign report: .docx, .xlsx and PDF', async () => {
    const me = await api<{ user: { roles: { unitId: number }[] } }>('/api/auth/me');
    const campaigns = await api<{ items: { id: number }[] }>(`/api/campaigns?unitId=${me.user.roles[0]!.unitId}`);
    campaignId = campaigns.items[0]!.id;
    await page.goto(`${baseUrl}/campaigns/${campaignId}`);
    const docx = await download(page.getByTestId('download-docx'));
    const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file('word/document.xml')!.async('string');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const xlsx = await download(page.getByTestId('download-xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    // the title block: the unit on row 1, the report's title on row 2
    expect(wb.getWorksheet('Tổng hợp')!.getCell('A2').text).toContain('BÁO CÁO');
    const pdf = await download(page.getByTestId('download-pdf'));
    expect(pdfHeader(pdf)).toBe('%PDF-');
    expect(await savePdfFirstPage(context, pdf, 'downloads-campaign-report-pdf')).toBeGreaterThanOrEqual(1);
  });

  it('member card: PDF from the card, and a card sheet from the members list', async () => {
    const members = await api<{ items: { id: number; unit: { id: number } | null }[] }>(
      '/api/members?card=issued&pageSize=1',
    );
    const member = members.items[0]!;
    await page.goto(`${baseUrl}/members/${member.id}`);
    await page.getByTestId('member-card').waitFor();
    await screenshot(page, 'downloads-member-card-html');
    const card = await download(page.getByTestId('card-pdf'));
    expect(pdfHeader(card)).toBe('%PDF-');
    expect(await savePdfFirstPage(context, card, 'downloads-member-card-pdf')).toBe(1);
    await page.goto(`${baseUrl}/members?unit=${member.unit!.id}`);
    const sheet = await download(page.getByTestId('card-sheet-pdf'));
    expect(await savePdfFirstPage(context, sheet, 'downloads-card-sheet-pdf')).toBeGreaterThanOrEqual(1);
  });

  it('event: attendance list PDF, a ticket PDF, and the calendar .ics', async () => {
    const events = await api<{ items: { id: number; confirmed: number }[] }>(`/api/events?campaignId=${campaignId}`);
    const event = events.items.find((e) => e.confirmed > 0)!;
    await page.goto(`${baseUrl}/events/${event.id}`);
    const list = await download(page.getByTestId('registrations-pdf'));
    expect(await savePdfFirstPage(context, list, 'downloads-attendance-list-pdf')).toBeGreaterThanOrEqual(1);
    await page.locator('[data-testid^="ticket-"]').first().click();
    const ticket = await download(page.getByTestId('ticket-pdf'));
    expect(await savePdfFirstPage(context, ticket, 'downloads-ticket-pdf')).toBe(1);
    await page.goto(`${baseUrl}/events`);
    const ics = fs.readFileSync(await download(page.getByTestId('events-ics')), 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
  });

  it('petitions: report PDF, a petition receipt, the draft-law summary and dialogue minutes as PDF', async () => {
    await page.goto(`${baseUrl}/petition-reports`);
    const report = await download(page.getByTestId('report-pdf'));
    expect(await savePdfFirstPage(context, report, 'downloads-petition-report-pdf')).toBeGreaterThanOrEqual(1);
    const petitions = await api<{ items: { id: number }[] }>('/api/petitions?pageSize=1');
    await page.goto(`${baseUrl}/petitions/${petitions.items[0]!.id}`);
    await page
      .getByTestId('petition-reference')
      .getByText(/^KN-\d{4}-\d{6}$/)
      .waitFor();
    const receipt = await download(page.getByTestId('petition-receipt'));
    expect(await savePdfFirstPage(context, receipt, 'downloads-petition-receipt-pdf')).toBe(1);
    const laws = await api<{ items: { title: string }[] }>('/api/draft-laws');
    await page.goto(`${baseUrl}/draft-laws`);
    await page.getByText(laws.items[0]!.title, { exact: true }).click();
    const summary = await download(page.getByTestId('draft-law-summary-pdf'));
    expect(await savePdfFirstPage(context, summary, 'downloads-draft-law-summary-pdf')).toBeGreaterThanOrEqual(1);
    const dialogues = await api<{ items: { id: number }[] }>('/api/dialogues');
    await page.goto(`${baseUrl}/dialogues/${dialogues.items[0]!.id}`);
    const minutes = await download(page.getByTestId('dialogue-minutes-pdf'));
    expect(pdfHeader(minutes)).toBe('%PDF-');
    expect(await savePdfFirstPage(context, minutes, 'downloads-dialogue-minutes-pdf')).toBeGreaterThanOrEqual(1);
  });
});
