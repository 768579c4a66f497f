import { describe, expect, it } from 'vitest';
import { isOldId, normaliseOldId } from './old-id';

describe('old ID numbers (CMND)', () => {
  it('are 9 digits; separators go, text keeps its digits as written', () => {
    expect(normaliseOldId('012 345 678')).toEqual({ value: '012345678', restoredZero: false });
    expect(normaliseOldId('12345678')).toEqual({ value: '12345678', restoredZero: false });
    expect(isOldId('012345678')).toBe(true);
    for (const bad of ['12345678', '0123456789', '012345678901', '01234567a']) expect(isOldId(bad), bad).toBe(false);
  });

  it('get back a leading zero only from a number cell', () => {
    expect(normaliseOldId(12345678)).toEqual({ value: '012345678', restoredZero: true });
    expect(normaliseOldId(212345678)).toEqual({ value: '212345678', restoredZero: false });
  });
});
