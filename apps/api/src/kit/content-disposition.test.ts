import { describe, expect, it } from 'vitest';
import { attachment } from './content-disposition';

describe('attachment()', () => {
  it('gives the exact Vietnamese name in filename* and an ASCII fallback in filename', () => {
    expect(attachment('Báo cáo kiến nghị Đông Hà.xlsx')).toBe(
      `attachment; filename="Bao cao kien nghi Dong Ha.xlsx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20ki%E1%BA%BFn%20ngh%E1%BB%8B%20%C4%90%C3%B4ng%20H%C3%A0.xlsx`,
    );
  });
  it('cannot be broken by quotes, semicolons or line breaks in a stored name', () => {
    const header = attachment('a"b;c\r\nSet-Cookie: x=1 (1)\'.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toMatch(/^attachment; filename="a_b_c__Set-Cookie_ x_1 _1__.pdf"; filename\*=UTF-8''[\w%.-]+$/);
  });
  it('decodes back to the same name (NFC)', () => {
    const name = 'Hoà Bình – biên bản.docx'.normalize('NFD');
    const exact = /filename\*=UTF-8''(.+)$/.exec(attachment(name))![1]!;
    expect(decodeURIComponent(exact)).toBe(name.normalize('NFC'));
  });
});
