import { describe, expect, it } from 'vitest';
import { documentDate, formatDateTimeVN, formatDateVN, todayVN } from './dates';

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

describe('documentDate (Nghị định 30)', () => {
  it('pads days 1–9 and months 1–2 only', () => {
    expect(documentDate('2026-03-07')).toBe('ngày 07 tháng 3 năm 2026');
    expect(documentDate('2026-02-15')).toBe('ngày 15 tháng 02 năm 2026');
    expect(documentDate('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
    expect(documentDate('2024-11-20')).toBe('ngày 20 tháng 11 năm 2024');
    expect(documentDate('2024-10-01')).toBe('ngày 01 tháng 10 năm 2024');
  });
  it('reads an instant on the Vietnamese calendar', () => {
    expect(documentDate(new Date('2026-02-05T03:00:00Z'))).toBe('ngày 05 tháng 02 năm 2026');
    expect(documentDate(new Date('2024-04-30T20:00:00Z'))).toBe('ngày 01 tháng 5 năm 2024');
  });
});

describe('formatters are made once (issue 12: the import checks 100,000 dates)', () => {
  it('formatting and today in Vietnam construct no Intl.DateTimeFormat per call', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      made++;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Intl.DateTimeFormat = Counting;
    try {
      for (let i = 0; i < 100; i++) {
        todayVN(new Date(Date.UTC(2026, 0, 1 + i)));
        formatDateVN('2026-02-16T18:30:00Z');
        formatDateTimeVN('2026-02-16T18:30:00Z');
        documentDate(new Date(Date.UTC(2026, 0, 1 + i)));
      }
    } finally {
      Intl.DateTimeFormat = Original;
    }
    expect(made).toBe(0);
  });
});
