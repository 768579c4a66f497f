import { describe, expect, it } from 'vitest';
import { openDocx } from '../../testing/docx';
import { openPdf } from '../../testing/pdf';
import { readXlsxBack } from '../../testing/xlsx-read-back';
import { docxParagraphsMissingFromPdf } from '../../testing/same-text';
import { unitId, useTestApp } from '../../testing/test-app';
import { qtAssignment } from './reports.fixtures';
import { reportSummary } from './report-content';

const t = useTestApp();

describe('a periodic report opened the way officials open it', () => {
  it('names the period once in the title', () => {
    expect(reportSummary('Báo cáo kết quả hoạt động công đoàn quý', 'Quý III năm 2026')).toBe(
      'Kết quả hoạt động công đoàn quý III năm 2026',
    );
    expect(reportSummary('Báo cáo kết quả Tháng Công nhân', 'Năm 2026')).toBe('Kết quả Tháng Công nhân năm 2026');
  });

  it('.docx in Nghị định 30 layout, .xlsx with one row per child unit, PDF with the same figures', async () => {
    const assignment = await qtAssignment(t);
    const commune = await unitId(t, 'CDX-19333');
    const qt1 = await unitId(t, 'QT-0001');
    await t.newMember({ unit: 'QT-0001', admittedOn: '2026-08-20' });
    const g = await t.newUser({ username: 'cdcs.docs', unit: 'QT-0001', roles: ['officer'] });
    const sg = await t.signIn(g.username, g.password);
    const sub = await sg.request('POST', `/api/reports/assignments/${assignment}/units/${qt1}/submit`, {
      entered: { 'dialogues.held': 1544 },
      narrative: { ket_qua: 'Hoàn thành đối thoại định kỳ.' },
    });
    expect(sub.statusCode, sub.body).toBe(200);
    const s = await t.signIn('qt.canbo');
    expect(
      (await s.request('POST', `/api/reports/submissions/${sub.json().id}/review`, { decision: 'approve' })).statusCode,
    ).toBe(200);
    const base = `/api/reports/assignments/${assignment}/units/${commune}/report`;

    const docx = await s.request('GET', `${base}.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    const d = await openDocx(docx.rawPayload);
    expect(d.text).toContain('Kết quả hoạt động công đoàn quý III năm 2026');
    expect(d.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(d.text).toContain('Nơi nhận');
    expect(d.text).toContain('Đoàn viên kết nạp mới');
    // the child's entered figure in the annex, written the Vietnamese way
    expect(d.text).toContain('1.544');
    expect(d.headers.default ?? '').toMatch(/PAGE/);

    const xlsx = await s.request('GET', `${base}.xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = await readXlsxBack(xlsx.rawPayload);
    const units = book.getWorksheet('Theo đơn vị')!;
    const header = (units.getRow(5).values as unknown[]).map(String);
    const col = header.indexOf('Số cuộc đối thoại tại nơi làm việc');
    const admittedCol = header.indexOf('Đoàn viên kết nạp mới');
    expect(col).toBeGreaterThan(0);
    let found = false;
    units.eachRow((row) => {
      if (row.getCell(1).value === 'CĐCS Công ty Cổ phần Thương mại Đông Hà') {
        found = true;
        expect(row.getCell(2).value).toBe('Đã duyệt');
        expect(row.getCell(col).value).toBe(1544);
        expect(row.getCell(col).numFmt).toContain('#,##0');
        expect(Number(row.getCell(admittedCol).value)).toBeGreaterThanOrEqual(1);
      }
    });
    expect(found).toBe(true);

    const pdf = await s.request('GET', `${base}.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const p = await openPdf(pdf.rawPayload);
    const text = Array.isArray(p.text) ? p.text.join('\n') : String(p.text);
    expect(text).toContain('Đoàn viên kết nạp mới');
    expect(text).toContain('1.544');
    // One content, two formats: every paragraph of the .docx is in the PDF.
    const same = await docxParagraphsMissingFromPdf(docx.rawPayload, pdf.rawPayload);
    expect(same.paragraphs.length).toBeGreaterThan(10);
    expect(same.missing).toEqual([]);

    const logged = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'report.export' AND entity_id = $1`,
      [String(assignment)],
    );
    expect(logged.rows[0].n).toBe(3);
  });
});
