import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  fixLegacyVietnamese,
  hasNonAscii,
  isVietnameseSyllable,
} from './legacy-encoding';

const onsets = [
  '',
  'b',
  'c',
  'ch',
  'd',
  'đ',
  'g',
  'gi',
  'h',
  'kh',
  'l',
  'm',
  'n',
  'ng',
  'nh',
  'ph',
  'qu',
  's',
  't',
  'th',
  'tr',
  'v',
  'x',
];
const nuclei = [
  'a',
  'ă',
  'â',
  'e',
  'ê',
  'i',
  'o',
  'ô',
  'ơ',
  'u',
  'ư',
  'y',
  'ai',
  'ao',
  'âu',
  'oa',
  'ươ',
  'uyê',
  'iê',
  'ưu',
];
const codas = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const toneMarks = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** A well-formed syllable in lower case: onset + nucleus (+ tone on its first vowel) + coda. */
const syllable = fc
  .tuple(
    fc.constantFrom(...onsets),
    fc.constantFrom(...nuclei),
    fc.constantFrom(...codas),
    fc.constantFrom(...toneMarks),
  )
  .map(([o, n, c, t]) =>
    (o + n.normalize('NFD').replace(/[aeiouy][\u0302\u0306\u031b]?/, (v) => v + t) + c).normalize('NFC'),
  );
const casing = (s: string, mode: number) =>
  mode === 0 ? s : mode === 1 ? s.toUpperCase() : s.charAt(0).toUpperCase() + s.slice(1);
const words = (casingModes: number[]) =>
  fc
    .array(fc.tuple(syllable, fc.constantFrom(...casingModes)), { minLength: 1, maxLength: 6 })
    .map((ws) => ws.map(([w, m]) => casing(w, m)).join(' '));

describe('legacy Vietnamese encodings', () => {
  it('decodes the classic TCVN3 and VNI spellings', () => {
    expect(decodeTcvn3('NguyÔn V¨n §øc')).toBe('Nguyễn Văn Đức');
    expect(decodeTcvn3('TrÇn ThÞ H\u00ad¬ng')).toBe('Trần Thị Hương');
    expect(decodeTcvn3('NGUYÔN THÞ')).toBe('NGUYỄN THỊ'); // .VnTimeH capitals
    expect(decodeVni('Nguyeãn Vaên Ñöùc')).toBe('Nguyễn Văn Đức');
    expect(decodeVni('Traàn Thò Höông')).toBe('Trần Thị Hương');
    expect(decodeVni('NGUYEÃN THÒ AÙNH')).toBe('NGUYỄN THỊ ÁNH');
    expect(decodeVni('Aùnh')).toBe('Ánh');
  });

  it('detects which encoding a name is in and converts it', () => {
    expect(fixLegacyVietnamese('NguyÔn V¨n §øc')).toEqual({ text: 'Nguyễn Văn Đức', encoding: 'tcvn3' });
    expect(fixLegacyVietnamese('Nguyeãn Vaên Ñöùc')).toEqual({ text: 'Nguyễn Văn Đức', encoding: 'vni' });
    expect(fixLegacyVietnamese('NGUYÔN THÞ LAN')).toEqual({ text: 'NGUYỄN THỊ LAN', encoding: 'tcvn3' });
    for (const fine of ['Nguyễn Văn Đức', 'Lê Tú', 'Hoàng Thuỳ', 'José Martí', 'Nguyen Thi Lan', '']) {
      expect(fixLegacyVietnamese(fine).encoding).toBeNull();
    }
  });

  it('recognises well-formed syllables', () => {
    for (const w of ['Nguyễn', 'nghiêng', 'khuyến', 'THỊ', 'Hoà', 'Hòa', 'gìn', 'quốc'])
      expect(isVietnameseSyllable(w)).toBe(true);
    for (const w of ['NguyÔn', 'Vaên', 'Ñöùc', 'V¨n']) expect(isVietnameseSyllable(w)).toBe(false);
  });

  it('round-trips VNI for any Vietnamese text, in any case', () => {
    fc.assert(
      fc.property(words([0, 1, 2]), (s) => {
        expect(decodeVni(encodeVni(s))).toBe(s);
      }),
    );
  });

  it('round-trips TCVN3 for lower-case and all-capital words (what .VnTime and .VnTimeH can hold)', () => {
    // A capital initial followed only by converted letters ("C¸") reads as "Cá" or "CÁ": leave those out.
    const capitals = words([1]).filter((s) =>
      s.split(' ').every((w) => /^.[^\s]*[A-Z]/.test(encodeTcvn3(w).replace(/^./, ''))),
    );
    fc.assert(
      fc.property(fc.oneof(words([0]), capitals), (s) => {
        expect(decodeTcvn3(encodeTcvn3(s))).toBe(s);
      }),
    );
  });

  it('never fires on well-formed Unicode text, and is idempotent on its own output', () => {
    fc.assert(
      fc.property(words([0, 1, 2]), (s) => {
        expect(fixLegacyVietnamese(s)).toEqual({ text: s, encoding: null });
        expect(fixLegacyVietnamese(s.normalize('NFD')).encoding).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = fixLegacyVietnamese(s).text;
        if (!hasNonAscii(s)) expect(once).toBe(s.normalize('NFC'));
      }),
    );
  });

  it('converts generated names typed in either legacy encoding back to the original', () => {
    const family = ['Nguyễn', 'Trần', 'Phạm', 'Huỳnh', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương'];
    const middle = ['Thị', 'Văn', 'Đức', 'Hữu', 'Ngọc', 'Quốc', 'Minh', 'Thành'];
    const given = ['Hương', 'Lan', 'Tuấn', 'Hải', 'Thảo', 'Dũng', 'Nguyệt', 'Phương', 'Hà', 'Hòa'];
    // "Hồ Thị" in VNI is "Hoà Thò", two real words: such names stay ambiguous, so the lists avoid them.
    const name = fc
      .tuple(fc.constantFrom(...family), fc.constantFrom(...middle), fc.constantFrom(...given))
      .map((p) => p.join(' '));
    fc.assert(
      fc.property(name, (n) => {
        expect(fixLegacyVietnamese(encodeVni(n))).toEqual({ text: n, encoding: 'vni' });
        expect(fixLegacyVietnamese(encodeTcvn3(n))).toEqual({ text: n, encoding: 'tcvn3' });
      }),
    );
  });
});
