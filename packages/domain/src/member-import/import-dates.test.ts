import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excelSerialToDate, parseImportDate } from './import-dates';

const today = new Date('2026-11-24T00:00:00Z');
const p = (v: unknown) => parseImportDate(v, { today });

describe('import dates', () => {
  it('reads Excel serials, including around the 1900 leap-year bug', () => {
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(32874)).toBe('1990-01-01');
    expect(p(32874)).toEqual({ ok: true, date: '1990-01-01', precision: 'day', source: 'serial' });
    expect(p('32874')).toEqual({ ok: true, date: '1990-01-01', precision: 'day', source: 'serial' });
  });

  it('reads day-first text in the usual shapes', () => {
    for (const t of ['05/03/1990', '5/3/1990', '05-03-1990', '05.03.1990', '1990-03-05', 'ngày 5 tháng 3 năm 1990']) {
      expect(p(t), t).toMatchObject({ ok: true, date: '1990-03-05', source: 'text' });
    }
    expect(p('05/03/90')).toMatchObject({ ok: true, date: '1990-03-05', warning: 'TWO_DIGIT_YEAR' });
    expect(p('05/03/05')).toMatchObject({ ok: true, date: '2005-03-05' });
    expect(p(new Date(Date.UTC(1990, 2, 5)))).toMatchObject({ ok: true, date: '1990-03-05', precision: 'day' });
    expect(p(new Date(Date.UTC(1990, 2, 5)))).toMatchObject({ ok: true, date: '1990-03-05', source: 'date' });
  });

  it('refuses impossible and out-of-range dates, and ignores empty cells', () => {
    expect(p('31/02/1990')).toEqual({ ok: false, error: 'DATE_INVALID' });
    expect(p('hôm qua')).toEqual({ ok: false, error: 'DATE_INVALID' });
    expect(p('01/01/2099')).toEqual({ ok: false, error: 'DATE_OUT_OF_RANGE' });
    expect(p('01/01/1850')).toEqual({ ok: false, error: 'DATE_OUT_OF_RANGE' });
    expect(p('')).toBeNull();
    expect(p(null)).toBeNull();
  });

  it('reads back any date written as dd/mm/yyyy or as its serial', () => {
    // From 1906: the serials of 1905 (1900–2100) read as a bare year, which is what such a number means.
    const day = fc.date({
      min: new Date('1906-01-01T00:00:00Z'),
      max: new Date('2026-11-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, dd] = iso.split('-');
        expect(p(`${dd}/${m}/${y}`)).toMatchObject({ ok: true, date: iso });
        const serial = Math.floor((Date.UTC(+y!, +m! - 1, +dd!) - Date.UTC(1899, 11, 30)) / 86_400_000);
        expect(p(serial)).toMatchObject({ ok: true, date: iso });
      }),
    );
  });
});

describe('partial dates keep their precision', () => {
  it('reads a year alone and a month with its year, never as 1 January', () => {
    for (const v of ['1992', 1992, 'năm 1992']) {
      expect(p(v), String(v)).toMatchObject({ ok: true, date: '1992', precision: 'year' });
    }
    for (const t of ['03/1990', '3/1990', '03-1990', '03.1990', '1990-03', '1990-3', 'tháng 3 năm 1990']) {
      expect(p(t), t).toMatchObject({ ok: true, date: '1990-03', precision: 'month' });
    }
    expect(p('13/1990')).toEqual({ ok: false, error: 'DATE_INVALID' });
    expect(p('1990-00')).toEqual({ ok: false, error: 'DATE_INVALID' });
  });

  it('bounds by the whole period: this year and this month are not in the future', () => {
    expect(p('2026')).toMatchObject({ ok: true, precision: 'year' });
    expect(p('11/2026')).toMatchObject({ ok: true, precision: 'month' });
    expect(p('12/2026')).toEqual({ ok: false, error: 'DATE_OUT_OF_RANGE' });
    expect(p('2027')).toEqual({ ok: false, error: 'DATE_OUT_OF_RANGE' });
    expect(p('1899')).toEqual({ ok: false, error: 'DATE_OUT_OF_RANGE' });
  });
});

describe('today is the Vietnam calendar day', () => {
  // 23:30 UTC on 30 November is already 1 December in Vietnam.
  const lateUtc = new Date('2026-11-30T23:30:00Z');
  it('accepts a date that is today in Vietnam though still tomorrow in UTC', () => {
    expect(parseImportDate('01/12/2026', { today: lateUtc })).toMatchObject({ ok: true, date: '2026-12-01' });
    expect(parseImportDate('12/2026', { today: lateUtc })).toMatchObject({ ok: true, date: '2026-12' });
    expect(parseImportDate('02/12/2026', { today: lateUtc })).toEqual({ ok: false, error: 'DATE_OUT_OF_RANGE' });
  });
});
