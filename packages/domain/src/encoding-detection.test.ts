import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni, fixLegacyVietnamese } from './legacy-encoding';
import { decodeAs, decodeRow, decodeSheetNames, detectSheetEncoding, type TextEncoding } from './encoding-detection';

const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // none, huyền, sắc, hỏi, ngã, nặng
/** Every toned vowel in lower case, NFC (72 letters). */
const tonedVowels = vowels.flatMap((v) => tones.map((t) => (v.normalize('NFD') + t).normalize('NFC')));
const encoders = { tcvn3: encodeTcvn3, vni: encodeVni } as const;

describe('every Vietnamese letter through each legacy encoding', () => {
  it('VNI round-trips every vowel × tone and Đ/đ, lower and upper case, alone and in a syllable', () => {
    for (const v of tonedVowels) {
      for (const letter of [v, v.toUpperCase()]) {
        for (const word of [letter, `đ${letter}ng`, `Đ${letter}`, `NG${letter}`.toUpperCase()]) {
          expect(decodeVni(encodeVni(word)), word).toBe(word);
        }
      }
    }
    expect(encodeVni('Đđ')).toBe('Ññ');
    expect(decodeVni('Ñoaøn Ñöùc')).toBe('Đoàn Đức');
  });

  it('TCVN3 round-trips every vowel × tone in lower case, and in all-capital words (.VnTimeH)', () => {
    for (const v of tonedVowels) {
      for (const word of [v, `đ${v}ng`, `Đ${v}ng`, `ngh${v}`]) expect(decodeTcvn3(encodeTcvn3(word)), word).toBe(word);
      // .VnTimeH has no codes of its own: the capital is the lower-case code in an all-capital word.
      const upper = `ĐN${v}NG`.toUpperCase();
      expect(decodeTcvn3(encodeTcvn3(upper)), upper).toBe(upper);
    }
    for (const capital of ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']) expect(decodeTcvn3(encodeTcvn3(capital))).toBe(capital);
    // A cell is in one font: its other words say whether "Së" is "Sở" or "SỞ"; acronyms say nothing.
    expect(decodeTcvn3(encodeTcvn3('CÔNG ĐOÀN CƠ SỞ'))).toBe('CÔNG ĐOÀN CƠ SỞ');
    expect(decodeTcvn3(encodeTcvn3('Công đoàn cơ sở'))).toBe('Công đoàn cơ sở');
    expect(decodeTcvn3(encodeTcvn3('Số CCCD'))).toBe('Số CCCD');
    expect(decodeTcvn3(encodeTcvn3('Xã Ia RTô'))).toBe('Xã Ia RTô');
  });

  it('decodes combining forms (a legacy string that went through NFD) and always returns NFC', () => {
    for (const e of ['tcvn3', 'vni'] as const) {
      const legacy = encoders[e]('Nguyễn Thị Hường').normalize('NFD');
      expect(decodeAs(legacy, e)).toBe('Nguyễn Thị Hường');
    }
    expect(decodeAs('Nguye\u0302\u0303n', 'unicode')).toBe('Nguyễn');
  });

  it('VNI "Ñ"/"ñ" is Đ/đ, never N with a ngã tone', () => {
    // "Ñinh" looks like a syllable if ñ were n + ngã; it is VNI for "Đinh".
    expect(fixLegacyVietnamese('Ñinh')).toEqual({ text: 'Đinh', encoding: 'vni' });
    expect(detectSheetEncoding('DS', [['Ñinh Ñi'], ['Ñaëng Ñöùc']]).detected).toBe('vni');
  });
});

// Property tests over whole files: random lists of names, written in one encoding, read back.
const onsets = [
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
const nuclei = [...vowels, 'ai', 'ao', 'âu', 'oa', 'ươ', 'uyê', 'iê', 'ưu', 'ươi'];
const codas = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const syllable = fc
  .tuple(fc.constantFrom(...onsets), fc.constantFrom(...nuclei), fc.constantFrom(...codas), fc.constantFrom(...tones))
  .map(([o, n, c, t]) =>
    (o + n.normalize('NFD').replace(/[aeiouy][\u0302\u0306\u031b]?/, (v) => v + t) + c).normalize('NFC'),
  );
const titleCase = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const name = fc.array(syllable, { minLength: 2, maxLength: 4 }).map((ws) => ws.map(titleCase).join(' '));
const sheet = fc.array(fc.tuple(name, fc.constantFrom('Nam', 'Nữ'), name), { minLength: 12, maxLength: 40 });

describe('file-level detection', () => {
  it('reads a whole sheet typed in TCVN3 or VNI (header and sheet name too) back exactly as written', () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom<TextEncoding>('tcvn3', 'vni', 'unicode'), (rows, e) => {
        const enc = (s: string) => (e === 'unicode' ? s : encoders[e](s));
        const header = ['Họ và tên', 'Giới tính', 'Địa chỉ thường trú'];
        const typed = [header, ...rows].map((r) => r.map(enc));
        const found = detectSheetEncoding(enc('Danh sách đoàn viên'), typed);
        typed.forEach((r, i) => expect(decodeRow(r, found)).toEqual([header, ...rows][i]));
      }),
      { numRuns: 60 },
    );
  });

  it('reads a column typed in another font than the rest of the sheet in its own encoding', () => {
    fc.assert(
      fc.property(sheet, fc.constantFrom('Nguyễn', 'Trần', 'Phạm', 'Đặng', 'Võ', 'Đỗ'), (list, family) => {
        // Real names start with a family name: the column holds evidence on every row.
        // …and the address column (typed in Unicode) holds words a VNI reading would change ("Thôn", "Đông").
        const rows = list.map(([a, g, b]) => [`${family} ${a}`, g, `Thôn ${b}, Xã Đông Sơn`]);
        const typed = rows.map(([a, g, b]) => [encodeVni(a!), g!, b!]);
        const found = detectSheetEncoding('DS', [['Họ và tên', 'Giới tính', 'Quê quán'], ...typed]);
        expect(found.columns[0]).toBe('vni');
        typed.forEach((r, i) => expect(decodeRow(r, found)).toEqual(rows[i]));
      }),
      { numRuns: 30 },
    );
  });

  it('never converts a Unicode sheet that has a few stray legacy cells (those are left to the row check)', () => {
    const rows = ['Võ Thanh Tùng', 'Lê Đức Minh', 'Trần Văn Hùng', 'Hoà Bình', encodeTcvn3('Nguyễn Văn Đức')];
    const found = detectSheetEncoding(
      'DS',
      rows.map((r) => [r]),
    );
    expect(found).toEqual({ detected: 'unicode', columns: ['unicode'] });
  });

  it('decodes sheet names together, and obeys a forced encoding', () => {
    expect(decodeSheetNames([encodeTcvn3('Hướng dẫn'), encodeTcvn3('Danh sách')])).toEqual(['Hướng dẫn', 'Danh sách']);
    expect(decodeSheetNames([encodeVni('Danh sách')], 'unicode')).toEqual([encodeVni('Danh sách')]);
    const forced = detectSheetEncoding('x', [[encodeVni('Đức')]], 'tcvn3');
    expect(forced).toEqual({ detected: 'tcvn3', columns: ['tcvn3'] });
  });
});
