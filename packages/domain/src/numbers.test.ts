import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoneyVN, formatNumberVN, formatPercentVN } from './numbers';

describe('Vietnamese number formats', () => {
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatNumberVN(25_000_000)).toBe('25.000.000');
    expect(formatNumberVN(1544)).toBe('1.544');
    expect(formatNumberVN(8.25)).toMatch(/^8,[23]$/);
    expect(formatNumberVN(0)).toBe('0');
  });

  it('writes money in đồng, also from a bigint string beyond 2^53', () => {
    expect(formatMoneyVN(80_000_000)).toBe('80.000.000 đ');
    expect(formatMoneyVN('9007199254740993')).toBe('9.007.199.254.740.993 đ');
    expect(formatMoneyVN(-1500)).toBe('-1.500 đ');
    expect(formatMoneyVN('abc')).toBe('abc');
  });

  it('writes percentages with a comma and a space before %', () => {
    expect(formatPercentVN(0.083)).toBe('8,3 %');
    expect(formatPercentVN(1)).toBe('100 %');
  });

  it('money keeps every digit and only adds dots', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (n) => {
        const text = formatMoneyVN(n.toString());
        expect(text.replace(/\.| đ$/g, '')).toBe(n.toString());
      }),
    );
  });
});
