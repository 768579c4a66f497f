import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldVietnamese, normaliseText } from './text';

describe('Vietnamese text', () => {
  it('folds tone marks wherever they are placed: Hòa = Hoà = hoa', () => {
    expect(foldVietnamese('Hòa')).toBe('hoa');
    expect(foldVietnamese('Hoà')).toBe('hoa');
    expect(foldVietnamese('Nguyễn Thị Thủy')).toBe('nguyen thi thuy');
    expect(foldVietnamese('Đặng Đình Đức')).toBe('dang dinh duc');
  });

  it('NFC-normalises decomposed input and trims it', () => {
    const decomposed = 'Tra\u0302\u0300n'; // "Trần" typed with combining marks
    expect(normaliseText(`  ${decomposed} `)).toBe('Trần'.normalize('NFC'));
    expect(normaliseText(`  ${decomposed} `)).toHaveLength(4);
  });

  it('folding is idempotent, ASCII-only for Vietnamese letters, and ignores normalisation form', () => {
    const vietnamese = fc.string({
      unit: fc.constantFrom(
        ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵAĂÂĐÊÔƠƯ '.split(
          '',
        ),
      ),
    });
    fc.assert(
      fc.property(vietnamese, (s) => {
        const folded = foldVietnamese(s);
        expect(foldVietnamese(folded)).toBe(folded);
        expect(folded).toMatch(/^[a-z ]*$/);
        expect(foldVietnamese(s.normalize('NFD'))).toBe(folded);
      }),
    );
  });
});
