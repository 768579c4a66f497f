import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalisePhone } from './phone';

describe('mobile phone', () => {
  it('accepts 03x 05x 07x 08x 09x and normalises what people type', () => {
    expect(normalisePhone('0912 345 678')).toEqual({ value: '0912345678', restoredZero: false });
    expect(normalisePhone('+84 912.345.678')).toEqual({ value: '0912345678', restoredZero: false });
    expect(normalisePhone('84912345678')).toEqual({ value: '0912345678', restoredZero: false });
    expect(normalisePhone(352345678)).toEqual({ value: '0352345678', restoredZero: true });
    // a spreadsheet's text cell is checked as written; a phone box on a form reads the +84 habit
    expect(normalisePhone('352345678')).toBeNull();
    expect(normalisePhone('352 345 678', { typed: true })).toEqual({ value: '0352345678', restoredZero: true });
    expect(normalisePhone('(077) 123-4567')?.value).toBe('0771234567');
  });

  it('refuses landlines, old 11-digit numbers and garbage', () => {
    for (const bad of ['0233123456', '01234567890', '012345678', '091234567', 'abc', '', '0612345678'])
      expect(normalisePhone(bad), bad).toBeNull();
  });

  it('a valid mobile survives losing its leading zero and gaining separators', () => {
    fc.assert(
      fc.property(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/), (p, rest) => {
        const phone = `0${p}${rest}`;
        expect(normalisePhone(phone)?.value).toBe(phone);
        expect(normalisePhone(Number(phone))?.value).toBe(phone);
        expect(normalisePhone(`${phone.slice(0, 4)} ${phone.slice(4, 7)}.${phone.slice(7)}`)?.value).toBe(phone);
      }),
    );
  });
});
