import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { isA4, openPdf } from '../../testing/pdf';
import { docxParagraphsMissingFromPdf } from '../../testing/same-text';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('campaign report as PDF', () => {
  it('prints the sentences and figures of the .docx, in Vietnamese, on numbered A4 pages', async () => {
    const s = await t.signIn('qt.canbo');
    const items = (await s.request('GET', `/api/campaigns?unitId=${await unitId(t, 'LDLD-44')}`)).json().items;
    const id = items[0].id as number;
    const res = await s.request('GET', `/api/campaigns/${id}/summary.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/filename="bao-cao-\d+-2024\.pdf"/);
    const pdf = await openPdf(res.rawPayload);
    expect(isA4(pdf.sizes)).toBe(true);
    const text = flat(pdf.text.join(' '));
    const docx = await s.request('GET', `/api/campaigns/${id}/summary.docx`);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)]
      .map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .filter(Boolean);
    const sentence = paragraphs.find((p) => p.includes('đơn vị đã báo cáo'))!;
    expect(sentence).toContain('ban hành tới 4 đơn vị');
    expect(text).toContain(flat(sentence));
    const money = paragraphs.find((p) => p.startsWith('Kinh phí đã chi'))!;
    expect(text).toContain(flat(money));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ');
    expect(text).toContain('TM. BAN THƯỜNG VỤ');
    // one content for both formats: every paragraph of the .docx (full unit names, signer, Nơi nhận) is in the PDF
    expect(text).toContain('Công đoàn cơ sở Công ty TNHH Điện tử Quảng Trị (FDI)');
    expect(text).not.toContain('CĐCS');
    const same = await docxParagraphsMissingFromPdf(docx.rawPayload, res.rawPayload);
    expect(same.paragraphs.length).toBeGreaterThan(30);
    expect(same.missing).toEqual([]);
    expect(text).toContain('Nơi nhận:');
  });
});
