import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareVietnameseNames, joinName, normaliseName, splitName, vietnameseSortKey } from './names';

const sortNames = (names: string[]) =>
  [...names].sort((a, b) => compareVietnameseNames(splitName(a), splitName(b))).map((n) => n);

describe('Vietnamese names', () => {
  it('splits family, middle and given names, with two-word family names', () => {
    expect(splitName('Nguyễn Thị Minh Khai')).toEqual({
      familyName: 'Nguyễn',
      middleName: 'Thị Minh',
      givenName: 'Khai',
    });
    expect(splitName('  LÊ   văn  an ')).toEqual({ familyName: 'Lê', middleName: 'Văn', givenName: 'An' });
    expect(splitName('Tôn Nữ Thị Hoa')).toEqual({ familyName: 'Tôn Nữ', middleName: 'Thị', givenName: 'Hoa' });
    expect(splitName('Tôn Thất Thuyết')).toEqual({ familyName: 'Tôn Thất', middleName: '', givenName: 'Thuyết' });
    expect(splitName('Hoa')).toEqual({ familyName: '', middleName: '', givenName: 'Hoa' });
    expect(splitName('Trần Hưng')).toEqual({ familyName: 'Trần', middleName: '', givenName: 'Hưng' });
  });

  it('NFC-normalises decomposed input', () => {
    const nfd = 'Nguyễn Thị Lan'.normalize('NFD');
    expect(normaliseName(nfd)).toBe('Nguyễn Thị Lan'.normalize('NFC'));
    expect(splitName(nfd).familyName).toBe('Nguyễn'.normalize('NFC'));
  });

  it('orders by given, then middle, then family name', () => {
    expect(sortNames(['Trần Văn Bình', 'Nguyễn Văn An', 'Lê Thị An', 'Lê Văn An'])).toEqual([
      'Lê Thị An',
      'Lê Văn An',
      'Nguyễn Văn An',
      'Trần Văn Bình',
    ]);
  });

  it('uses the Vietnamese alphabet: a ă â b c d đ e ê … o ô ơ … u ư, tones after the base letter', () => {
    expect(sortNames(['X Đức', 'X Dũng', 'X Ánh', 'X Ân', 'X Ăn', 'X An', 'X Anh', 'X Ơn', 'X Ôn', 'X On'])).toEqual([
      'X An',
      'X Anh',
      'X Ánh',
      'X Ăn',
      'X Ân',
      'X Dũng',
      'X Đức',
      'X On',
      'X Ôn',
      'X Ơn',
    ]);
    // level, grave, hook, tilde, acute, dot
    expect(sortNames(['A Hạ', 'A Há', 'A Hã', 'A Hả', 'A Hà', 'A Ha'])).toEqual([
      'A Ha',
      'A Hà',
      'A Hả',
      'A Hã',
      'A Há',
      'A Hạ',
    ]);
    expect(sortNames(['A Uyên', 'A Ước', 'A Vân'])).toEqual(['A Uyên', 'A Ước', 'A Vân']);
  });

  it('tone placement and normalisation form do not change the key (Hoà = Hòa)', () => {
    const a = vietnameseSortKey(splitName('Lê Hoà'));
    const b = vietnameseSortKey(splitName('Lê Hòa'));
    expect(a.split('!')[0]).toBe(b.split('!')[0]);
    expect(vietnameseSortKey(splitName('Lê Hòa'.normalize('NFD')))).toBe(b);
  });

  const word = fc
    .array(fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằắặầấậèéẹềếệìíịòóọồốộờớợùúụừứựỳýỵ'.split('')), {
      minLength: 1,
      maxLength: 7,
    })
    .map((cs) => cs.join(''));

  it('split then join gives back the normalised name; the key is ASCII and deterministic', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const full = words.join('  ');
        const parts = splitName(full);
        expect(joinName(parts)).toBe(normaliseName(full));
        expect(parts.givenName).not.toBe('');
        const key = vietnameseSortKey(parts);
        expect(key).toMatch(/^[\x20-\x7e]*$/);
        expect(vietnameseSortKey(splitName(full.normalize('NFD')))).toBe(key);
      }),
    );
  });

  it('the order is a total order consistent with the given name first', () => {
    fc.assert(
      fc.property(word, word, word, word, (g1, g2, f1, f2) => {
        const a = splitName(`${f1} ${g1}`);
        const b = splitName(`${f2} ${g2}`);
        const c = compareVietnameseNames(a, b);
        expect(compareVietnameseNames(b, a)).toBe(-c);
        if (normaliseName(g1) !== normaliseName(g2)) {
          const ga = vietnameseSortKey({ familyName: '', middleName: '', givenName: a.givenName });
          const gb = vietnameseSortKey({ familyName: '', middleName: '', givenName: b.givenName });
          if (ga.split(' ')[0] !== gb.split(' ')[0]) expect(Math.sign(c)).toBe(ga < gb ? -1 : 1);
        }
      }),
    );
  });
});
