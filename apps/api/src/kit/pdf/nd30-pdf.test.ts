import { describe, expect, it } from 'vitest';
import { nd30Docx, type Nd30Content } from '../documents';
import { isA4, openPdf } from '../../testing/pdf';
import { docxParagraphsMissingFromPdf } from '../../testing/same-text';
import { nd30Pdf } from './nd30-pdf';

const content = (extra = 0): Nd30Content => ({
  issuer: {
    name: 'Liên đoàn Lao động tỉnh Quảng Trị',
    parentName: 'Tổng Liên đoàn Lao động Việt Nam',
    abbreviation: 'LĐLĐ',
    place: 'Quảng Trị',
  },
  kind: 'report',
  date: '2026-03-07',
  summary: 'Tổng hợp ý kiến góp ý Luật Công đoàn (dự thảo)',
  body: [
    { paragraph: 'Liên đoàn Lao động tỉnh Quảng Trị tổng hợp 1.544 ý kiến như sau:', keepNext: true },
    { heading: 'I. THÀNH PHẦN THAM DỰ' },
    { paragraph: [{ text: 'Số ý kiến: 2. ', italics: true }, { text: 'Đề nghị bổ sung quyền đối thoại.' }] },
    { table: { head: ['TT', 'Kiến nghị', 'Số người'], rows: [['1', 'Nhà ở xã hội', '1.544']], numeric: [0, 2] } },
    ...Array.from({ length: extra }, (_, i) => ({ paragraph: `Đoạn văn thứ ${i + 1} của phần thân báo cáo.` })),
  ],
  signature: { authority: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: 'Lê Thị Thanh Hương' },
  recipients: ['Ban Thường vụ Tổng Liên đoàn Lao động Việt Nam (để báo cáo)'],
});

describe('the Nghị định 30 PDF (nd30Pdf)', () => {
  it('says what the .docx of the same content says: heading, number, date, title, body, signature, Nơi nhận', async () => {
    const c = content();
    const same = await docxParagraphsMissingFromPdf(await nd30Docx(c), await nd30Pdf(c));
    expect(same.missing).toEqual([]);
    for (const words of [
      'TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM',
      'LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Quảng Trị, ngày 07 tháng 3 năm 2026',
      'BÁO CÁO',
      'Lê Thị Thanh Hương',
      '- Lưu: VT.',
    ])
      expect(same.pdfText).toContain(words);
    expect(same.pdfText).toMatch(/Số: +\/BC-LĐLĐ/);
  });

  it('notices a paragraph the PDF leaves out (the comparison can fail)', async () => {
    const c = content();
    const fewer = { ...c, body: c.body.filter((b) => !('heading' in b)) };
    const same = await docxParagraphsMissingFromPdf(await nd30Docx(c), await nd30Pdf(fewer));
    expect(same.missing).toEqual(['I. THÀNH PHẦN THAM DỰ']);
  });

  it('numbers pages top centre from page 2 on, none on page 1, on A4', async () => {
    const pdf = await openPdf(await nd30Pdf(content(70)));
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expect(isA4(pdf.sizes)).toBe(true);
    // the numbers standing above the text area (20 mm top margin: y > 785 pt from the bottom of 842)
    const numbers = async (page: number) =>
      ((await (await pdf.pdf.getPage(page)).getTextContent()).items as { str: string; transform: number[] }[])
        .filter((i) => /^\d+$/.test(i.str.trim()) && i.transform[5]! > 785)
        .map((i) => ({ n: i.str.trim(), x: i.transform[4]! }));
    expect(await numbers(1)).toEqual([]);
    const [two] = await numbers(2);
    expect(two?.n).toBe('2');
    expect(Math.abs(two!.x - 595.28 / 2)).toBeLessThan(10);
    expect(pdf.text.join(' ')).not.toContain('Trang 1');
  });
});
