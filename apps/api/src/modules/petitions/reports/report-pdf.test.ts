import { describe, expect, it } from 'vitest';
import { isA4, openPdf } from '../../../testing/pdf';
import { docxParagraphsMissingFromPdf } from '../../../testing/same-text';
import { unitId, useTestApp } from '../../../testing/test-app';

const t = useTestApp();
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('petition report as PDF', () => {
  it('prints the report with the same totals as the summary, with the date rule, audited', async () => {
    const qt = await t.signIn('qt.canbo');
    const id = await unitId(t, 'LDLD-44');
    const summary = (await qt.request('GET', `/api/petition-reports/summary?unitId=${id}`)).json();
    expect(summary.total).toBeGreaterThan(0);
    const res = await qt.request('GET', `/api/petition-reports/summary.pdf?unitId=${id}&date=2026-03-07`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('bao-cao-kien-nghi.pdf');
    const pdf = await openPdf(res.rawPayload);
    expect(isA4(pdf.sizes)).toBe(true);
    const text = flat(pdf.text.join(' '));
    expect(text).toContain('Tổng hợp kiến nghị của đoàn viên, người lao động');
    expect(text).toContain(`Tổng số kiến nghị: ${summary.total}; đã giải quyết: ${summary.resolved}`);
    expect(text).toContain('Quảng Trị, ngày 07 tháng 3 năm 2026');
    expect(text).toContain('LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('CHỦ TỊCH');
    expect(text).toMatch(/Số: +\/BC-LĐLĐ/);
    expect(text).toContain('Nơi nhận:');
    // one content for both formats: every paragraph of the .docx (signer's name included) is in the PDF
    const docx = await qt.request('GET', `/api/petition-reports/summary.docx?unitId=${id}&date=2026-03-07`);
    const same = await docxParagraphsMissingFromPdf(docx.rawPayload, res.rawPayload);
    expect(same.paragraphs.length).toBeGreaterThan(40);
    expect(same.missing).toEqual([]);
    const { rows } = await t.db.pool.query(
      "SELECT after FROM audit_log WHERE action = 'petition.report.export' ORDER BY id DESC LIMIT 1 OFFSET 1",
    );
    expect(rows[0].after).toMatchObject({ kind: 'pdf' });
  });
});
