import { describe, expect, it } from 'vitest';
import { formatDateTimeVN, formatDateVN, todayVN } from './dates';

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('shows dd/mm/yyyy on the Vietnamese calendar day, not UTC', () => {
    expect(formatDateVN('2026-02-16T18:30:00Z')).toBe('17/02/2026');
    expect(formatDateTimeVN('2026-02-16T18:30:00Z')).toBe('17/02/2026 01:30');
  });
});

describe('todayVN', () => {
  it('gives the calendar date in Vietnam (UTC+7)', () => {
    expect(todayVN(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
    expect(todayVN(new Date('2026-11-23T16:59:00Z'))).toBe('2026-11-23');
  });
});
