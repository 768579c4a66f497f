import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MultipartBody } from '../../testing/multipart';
import { unitId, useTestApp } from '../../testing/test-app';
import { qtDraftLaw } from './draft-laws.fixtures';
import { parseArticles } from './parse-docx';
import { sampleDraftDocx } from './sample-docx';
import { openDocx } from '../../testing/docx';
import { docxParagraphsMissingFromPdf } from '../../testing/same-text';

const t = useTestApp();

describe('draft-law consultations', () => {
  it('parses chapters and articles', () => {
    const a = parseArticles(
      'Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\nNội dung 1\ndòng 2\nĐiều 2: Đối tượng\nNội dung 2',
    );
    expect(a).toEqual([
      { chapter: 'Chương I. NHỮNG QUY ĐỊNH CHUNG', number: 1, title: 'Phạm vi', body: 'Nội dung 1\ndòng 2' },
      { chapter: 'Chương I. NHỮNG QUY ĐỊNH CHUNG', number: 2, title: 'Đối tượng', body: 'Nội dung 2' },
    ]);
  });

  it('imports a .docx, collects opinions per article within the period, and exports them grouped by article', async () => {
    const qt = await t.signIn('qt.canbo');
    const res = await qt.request(
      'POST',
      `/api/draft-laws/import?unitId=${await unitId(t, 'LDLD-44')}&title=${encodeURIComponent('Luật Công đoàn (dự thảo)')}&opensOn=2026-01-01&closesOn=2030-12-31`,
      new MultipartBody({ name: 'du-thao.docx', content: await sampleDraftDocx() }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const law = res.json();
    expect(law.articles.map((a: { number: number; chapter: string }) => [a.number, a.chapter])).toEqual([
      [1, 'Chương I. NHỮNG QUY ĐỊNH CHUNG'],
      [2, 'Chương I. NHỮNG QUY ĐỊNH CHUNG'],
      [3, 'Chương II. QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN'],
    ]);
    const ks = await t.signIn('ks.canbo');
    const opinion = await ks.request('POST', `/api/draft-laws/${law.id}/opinions`, {
      articleId: law.articles[2].id,
      unitId: await unitId(t, 'CDX-19429'),
      content: 'Đề nghị quy định rõ quyền của công đoàn cơ sở trong đối thoại.',
    });
    expect(opinion.statusCode, opinion.body).toBe(200);
    // Lao Bảo's officer does not see Khe Sanh's opinion; the province sees all
    const lb = (await (await t.signIn('lb.canbo')).request('GET', `/api/draft-laws/${law.id}`)).json();
    expect(lb.articles[2].opinions).toEqual([]);
    const docx = await qt.request('GET', `/api/draft-laws/${law.id}/summary.docx`);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Điều 3. Đại diện, bảo vệ quyền lợi người lao động');
    expect(xml).toContain('quyền của công đoàn cơ sở trong đối thoại');
    // a Nghị định 30 report of the unit collecting the opinions: issuer, motto, number, date, signature
    const d = await openDocx(docx.rawPayload);
    expect(d.text).toContain('LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ');
    expect(d.text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(d.text).toMatch(/Số: [\u00a0 ]+\/BC-LĐLĐ/);
    expect(d.text).toMatch(/Quảng Trị, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(d.text).toContain('Tổng hợp ý kiến góp ý Luật Công đoàn (dự thảo)');
    expect(d.text).toContain('CHỦ TỊCH');
    expect(d.text).toContain('Lê Thị Thanh Hương');
    expect(d.text).toContain('Nơi nhận:');
    expect(d.sectPr).toContain('<w:titlePg/>');
    // the same summary as PDF: every paragraph of the .docx, in the same words
    const pdf = await qt.request('GET', `/api/draft-laws/${law.id}/summary.pdf`);
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const same = await docxParagraphsMissingFromPdf(docx.rawPayload, pdf.rawPayload);
    expect(same.paragraphs.length).toBeGreaterThan(15);
    expect(same.missing).toEqual([]);
    expect(same.pdfText).toContain('Đề nghị quy định rõ quyền của công đoàn cơ sở trong đối thoại.');
    expect(same.pdfText).toContain('Lê Thị Thanh Hương');
  });

  it('refuses opinions outside the period and hides the draft from other provinces', async () => {
    const { id, articleId } = await qtDraftLaw(t);
    await t.db.pool.query(
      'UPDATE draft_laws SET closes_on = current_date - 1, opens_on = current_date - 10 WHERE id = $1',
      [id],
    );
    const qt = await t.signIn('qt.canbo');
    const late = await qt.request('POST', `/api/draft-laws/${id}/opinions`, {
      articleId,
      unitId: await unitId(t, 'CDX-19429'),
      content: 'Muộn',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('DRAFT_LAW_CLOSED');
    const lc = await t.signIn('na.xem');
    expect((await lc.request('GET', `/api/draft-laws/${id}`)).statusCode).toBe(404);
  });
});
