import { describe, expect, it } from 'vitest';
import { isA4, openPdf } from '../../testing/pdf';
import { a4Document, heading, renderPdf, table } from './index';

describe('the PDF kit', () => {
  it('keeps Vietnamese text whole (Roboto embedded) and numbers A4 pages "Trang x/y"', async () => {
    const words = 'Nguyễn Thị Hương — Đoàn viên CÔNG ĐOÀN: ữ ặ ỡ ự ẫ ỹ';
    const body = await renderPdf(
      a4Document({
        title: 'Thử',
        content: [
          heading('ĐOÀN VIÊN'),
          words,
          table(['STT', 'Họ và tên'], [['1', 'Trần Văn Bình']]),
          { text: 'Trang hai', pageBreak: 'before' },
        ],
      }),
    );
    const pdf = await openPdf(body);
    expect(pdf.pages).toBe(2);
    expect(isA4(pdf.sizes)).toBe(true);
    expect(pdf.text[0]).toContain(words);
    expect(pdf.text[0]).toContain('Trần Văn Bình');
    expect(pdf.text[0]).toContain('Trang 1/2');
    expect(pdf.text[1]).toContain('Trang 2/2');
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.toString('latin1')).toMatch(/FontFile2/); // the font is embedded, not referenced
  });

  it('never leaves a heading alone at the foot of a page, wherever the page ends', async () => {
    for (let filler = 44; filler <= 60; filler += 2) {
      const pdf = await openPdf(
        await renderPdf(
          a4Document({
            title: 'Thử',
            content: [
              ...Array.from({ length: filler }, (_, i) => `Dòng ${i + 1}`),
              heading('MỤC KẾ TIẾP'),
              'Nội dung của mục',
            ],
          }),
        ),
      );
      const page = pdf.text.findIndex((t) => t.includes('MỤC KẾ TIẾP'));
      expect(pdf.text[page], `filler ${filler}`).toContain('Nội dung của mục');
    }
  });

  it('reads no local file and fetches no URL named in a document', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow();
    await expect(renderPdf({ content: [{ image: 'http://127.0.0.1:9/x.png' }] })).rejects.toThrow();
  });
});
