import { describe, expect, it } from 'vitest';
import { formatDateTimeVN, formatDateVN } from './dates';

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('shows dd/mm/yyyy on the Vietnamese calendar day, not UTC', () => {
    expect(formatDateVN('2026-02-16T18:30:00Z')).toBe('17/02/2026');
    expect(formatDateTimeVN('2026-02-16T18:30:00Z')).toBe('17/02/2026 01:30');
  });
});
