import { afterEach, describe, expect, it, vi } from 'vitest';
import { showDate } from '../modules/members/dates';
import { todayDay, todayIso } from './today';

describe("the web's today is Vietnam's calendar day", () => {
  afterEach(() => vi.useRealTimers());

  it('at 23:30 UTC it is already the next day', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-30T23:30:00Z'));
    expect(todayIso()).toBe('2026-12-01');
    expect(todayDay().format('YYYY-MM-DD')).toBe('2026-12-01');
    vi.setSystemTime(new Date('2026-11-30T16:59:00Z'));
    expect(todayIso()).toBe('2026-11-30');
  });

  it('shows partial dates as written, never as 01/01', () => {
    expect(showDate('1992')).toBe('1992');
    expect(showDate('1990-03')).toBe('03/1990');
    expect(showDate('1990-03-15')).toBe('15/03/1990');
    expect(showDate(null)).toBe('—');
  });
});
