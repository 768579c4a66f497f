import { describe, expect, it } from 'vitest';
import {
  formatPartialDateVN,
  mayBeAtLeast,
  parsePartialIso,
  partialAfter,
  partialDateBounds,
  toPartialIso,
} from './partial-date';

describe('partial dates', () => {
  it('parse the three precisions and refuse what is not a date', () => {
    expect(parsePartialIso('1992')).toEqual({ date: '1992-01-01', precision: 'year' });
    expect(parsePartialIso('1990-03')).toEqual({ date: '1990-03-01', precision: 'month' });
    expect(parsePartialIso('1990-03-15')).toEqual({ date: '1990-03-15', precision: 'day' });
    for (const bad of ['1990-13', '1990-02-30', '90', '1990-3', '1990/03', ''])
      expect(parsePartialIso(bad), bad).toBeNull();
  });

  it('round-trip between the stored pair and the reduced form', () => {
    for (const v of ['1992', '1990-03', '1990-03-15']) {
      const p = parsePartialIso(v)!;
      expect(toPartialIso(p.date, p.precision)).toBe(v);
    }
  });

  it('show as written, never as 01/01', () => {
    expect(formatPartialDateVN('1992')).toBe('1992');
    expect(formatPartialDateVN('1990-03')).toBe('03/1990');
    expect(formatPartialDateVN('1990-03-15')).toBe('15/03/1990');
  });

  it('know the days they may stand for', () => {
    expect(partialDateBounds('1992')).toEqual({ first: '1992-01-01', last: '1992-12-31' });
    expect(partialDateBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(partialAfter('2026', '2026-11-24')).toBe(false);
    expect(partialAfter('2026-12', '2026-11-24')).toBe(true);
  });

  it('judge the minimum age by the earliest possible birthday', () => {
    expect(mayBeAtLeast('2011', 15, '2026-01-01')).toBe(true); // born 1 Jan 2011 would be 15
    expect(mayBeAtLeast('2011-06', 15, '2026-05-31')).toBe(false);
    expect(mayBeAtLeast('2011-06', 15, '2026-06-01')).toBe(true);
    expect(mayBeAtLeast('2011-06-15', 15, '2026-06-14')).toBe(false);
    expect(mayBeAtLeast('2012', 15, '2026-12-31')).toBe(false);
  });
});

describe('a birth date typed on the form', () => {
  it('reads a day, a month or a year alone, day first', async () => {
    const { parsePartialDateVN } = await import('./partial-date');
    expect(parsePartialDateVN('15/3/1990')).toBe('1990-03-15');
    expect(parsePartialDateVN(' 03/1990 ')).toBe('1990-03');
    expect(parsePartialDateVN('3.1990')).toBe('1990-03');
    expect(parsePartialDateVN('1992')).toBe('1992');
    for (const bad of ['31/02/1990', '13/1990', '92', 'hôm qua', '1990-03'])
      expect(parsePartialDateVN(bad), bad).toBeNull();
  });
});
