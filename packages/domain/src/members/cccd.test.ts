import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cccdCenturyDigit, checkCccd, decodeCccd, makeCccd, normaliseCccd } from './cccd';

describe('CCCD', () => {
  it('decodes province, gender and birth year', () => {
    expect(decodeCccd('044090012345')).toEqual({ provinceCode: '044', gender: 'male', birthYear: 1990 });
    expect(decodeCccd('001305012345')).toEqual({ provinceCode: '001', gender: 'female', birthYear: 2005 });
    expect(decodeCccd('04419001234')).toBeNull();
    expect(decodeCccd('04419001234a')).toBeNull();
  });

  it('checks format, province and century/gender agreement', () => {
    expect(checkCccd('044090012345', { birthDate: '1990-05-01', gender: 'male' })).toEqual([]);
    expect(checkCccd('044090012345', { birthDate: '1990-05-01', gender: 'female' })).toEqual(['century_gender']);
    expect(checkCccd('044290012345', { birthDate: '1990-05-01', gender: 'male' })).toEqual(['century_gender']);
    expect(checkCccd('003090012345')).toEqual(['province']);
    expect(checkCccd('12345')).toEqual(['format']);
  });

  it('restores leading zeros lost in a number cell and strips separators', () => {
    expect(normaliseCccd(44090012345)).toEqual({ value: '044090012345', restoredZeros: true });
    // text is checked as written: no zero invented (it would be a wrong province code)
    expect(normaliseCccd('1190012345')).toEqual({ value: '1190012345', restoredZeros: false });
    expect(normaliseCccd('01234567890')).toEqual({ value: '01234567890', restoredZeros: false });
    expect(normaliseCccd(1234567890)).toEqual({ value: '001234567890', restoredZeros: true });
    expect(normaliseCccd('044 190 012 345')).toEqual({ value: '044190012345', restoredZeros: false });
  });

  it('any generated CCCD agrees with the birth year and gender it was made from', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2299 }),
        fc.constantFrom('male' as const, 'female' as const),
        fc.nat(999_999),
        (year, gender, serial) => {
          const cccd = makeCccd('044', year, gender, serial);
          expect(cccd).toMatch(/^\d{12}$/);
          expect(decodeCccd(cccd)).toEqual({ provinceCode: '044', gender, birthYear: year });
          expect(checkCccd(cccd, { birthDate: `${year}-01-01`, gender })).toEqual([]);
          expect(Number(cccd[3])).toBe(cccdCenturyDigit(year, gender));
          // a number cell drops the leading zero; normalising restores it
          expect(normaliseCccd(Number(cccd)).value).toBe(cccd);
        },
      ),
    );
  });
});
