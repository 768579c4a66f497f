import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openPdf } from '../../testing/pdf';
import { unitId, useTestApp } from '../../testing/test-app';
import { nd30Docx } from './content';

// Every kind of .docx the product makes, converted by LibreOffice (what many offices open them with) to PDF, and
// its page count compared with the expected: a change that makes a report spill onto a new page, or a layout that
// LibreOffice reads differently from the kit's intent, shows here. Needs `soffice` (Debian:
// libreoffice-writer-nogui, installed by .ci/run). Locally without it the file says so loudly and skips; under
// CI=true a missing soffice fails, as a missing Chromium does.

const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', process.env.SOFFICE_PATH].find(
  (p): p is string => !!p && fs.existsSync(p),
);
if (!soffice) {
  const banner = '!'.repeat(78);
  console.warn(
    [
      banner,
      '!!  LIBREOFFICE PAGE-COUNT TESTS SKIPPED: soffice not found (or set SOFFICE_PATH).',
      '!!  Install it with: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-liberation',
      banner,
    ].join('\n'),
  );
}

const t = useTestApp();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-soffice-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

type Opened = Awaited<ReturnType<typeof openPdf>>;

/** Converts .docx files to PDF in one LibreOffice run (its own profile, bounded in time); answers the PDFs. */
async function convertWithLibreOffice(files: Record<string, Buffer>): Promise<Record<string, Opened>> {
  const inputs = Object.entries(files).map(([name, body]) => {
    const file = path.join(work, `${name}.docx`);
    fs.writeFileSync(file, body);
    return file;
  });
  await promisify(execFile)(
    soffice!,
    [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, ...inputs],
    { timeout: 120_000 },
  );
  const out: Record<string, Opened> = {};
  for (const name of Object.keys(files)) out[name] = await openPdf(fs.readFileSync(path.join(work, `${name}.pdf`)));
  return out;
}

/** The numbers printed above the text area of a page (y > 785 pt of 842: the 20 mm top margin). */
async function numbersOnTop(pdf: Opened, page: number): Promise<string[]> {
  const items = (await (await pdf.pdf.getPage(page)).getTextContent()).items as { str: string; transform: number[] }[];
  return items.filter((i) => /^\d+$/.test(i.str.trim()) && i.transform[5]! > 785).map((i) => i.str.trim());
}

describe('LibreOffice opens every .docx kind on the expected number of pages', () => {
  it('has soffice when CI=true', () => {
    if (process.env.CI === 'true') expect(soffice, 'CI=true requires LibreOffice (see .ci/run)').toBeTruthy();
  });

  it.skipIf(!soffice)('converts each kind and counts its pages', { timeout: 180_000 }, async () => {
    const qt = await t.signIn('qt.canbo');
    const qtId = await unitId(t, 'LDLD-44');
    const get = async (url: string) => {
      const res = await qt.request('GET', url);
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
      return res.rawPayload;
    };
    const campaign = (await qt.request('GET', `/api/campaigns?unitId=${qtId}`)).json().items[0].id as number;
    const dialogue = (await qt.request('GET', `/api/dialogues?unitId=${qtId}`)).json().items[0].id as number;
    const law = (await qt.request('GET', `/api/draft-laws?unitId=${qtId}`)).json().items[0].id as number;
    // a kit document whose body alone fills more than one page: the page number on page 2 is LibreOffice's own
    const long = await nd30Docx({
      issuer: {
        name: 'Công đoàn xã Khe Sanh',
        parentName: 'Liên đoàn Lao động tỉnh Quảng Trị',
        abbreviation: 'CĐ',
        place: 'Khe Sanh',
      },
      kind: 'plan',
      date: '2026-03-07',
      summary: 'Tổ chức Tháng Công nhân năm 2026',
      body: Array.from({ length: 40 }, (_, i) => ({
        paragraph: `${i + 1}. Các công đoàn cơ sở tổ chức thăm hỏi, tặng quà công nhân có hoàn cảnh khó khăn.`,
      })),
      signature: { authority: 'TM. BAN CHẤP HÀNH', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' },
      recipients: ['Các công đoàn cơ sở'],
    });
    const pdfs = await convertWithLibreOffice({
      campaign: await get(`/api/campaigns/${campaign}/summary.docx`),
      petitions: await get(`/api/petition-reports/summary.docx?unitId=${qtId}&date=2026-03-07`),
      draftLaw: await get(`/api/draft-laws/${law}/summary.docx`),
      minutes: await get(`/api/dialogues/${dialogue}/minutes.docx`),
      plan: long,
    });
    const pages = Object.fromEntries(Object.entries(pdfs).map(([k, pdf]) => [k, pdf.pages]));
    // Measured with LibreOffice 7.4 (Debian 12) and Liberation Serif for Times New Roman, on the demo data.
    expect(pages).toEqual({ campaign: 2, petitions: 3, draftLaw: 1, minutes: 2, plan: 3 });
    // pdf.js reads LibreOffice's Vietnamese letters out of order (precomposed glyphs placed apart), so text is
    // compared on its ASCII skeleton: "Nơi nhận:" → "Ninhn:".
    const skeleton = (s: string) => s.replace(/[^\x21-\x7e]/g, '');
    for (const [kind, pdf] of Object.entries(pdfs)) {
      const first = skeleton(pdf.text[0]!);
      const last = skeleton(pdf.text[pdf.pages - 1]!);
      expect(first, kind).toContain(skeleton('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
      // the signature block and "Nơi nhận" stay together on the last page
      expect(last, kind).toContain(skeleton('Nơi nhận:'));
      expect(last, kind).toContain(skeleton('- Lưu: VT.'));
      // the page number: none on page 1, top centre from page 2 on
      expect(await numbersOnTop(pdf, 1), kind).toEqual([]);
      for (let p = 2; p <= pdf.pages; p++) expect(await numbersOnTop(pdf, p), `${kind} page ${p}`).toEqual([String(p)]);
    }
  });
});
