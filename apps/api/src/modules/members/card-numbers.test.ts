import { describe, expect, it } from 'vitest';
import { renderCardNumber } from './card-numbers';

describe('card number patterns', () => {
  it('fills federation, year and a zero-padded sequence', () => {
    expect(renderCardNumber('{FED}-{YYYY}-{SEQ:6}', { fed: 'LDLD-44', year: 2026, seq: 42 })).toBe(
      'LDLD-44-2026-000042',
    );
    expect(renderCardNumber('qt{YY}{SEQ:4}', { fed: 'X', year: 2026, seq: 7 })).toBe('QT260007');
  });
  it('refuses a pattern without a sequence (numbers could repeat)', () => {
    expect(() => renderCardNumber('{FED}-{YYYY}', { fed: 'X', year: 2026, seq: 1 })).toThrow('CARD_SCHEME_INVALID');
  });
});
