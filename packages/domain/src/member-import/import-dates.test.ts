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
    expect(p(32874)).toEqual({ ok: true, date: '1990-01-01', source: 'serial' });
    expect(p('32874')).toEqual({ ok: true, date: '1990-01-01', source: 'serial' });
  });

  it('reads day-first text in the usual shapes', () => {
    for (const t of ['05/03/1990', '5/3/1990', '05-03-1990', '05.03.1990', '1990-03-05', 'ngày 5 tháng 3 năm 1990']) {
      expect(p(t), t).toMatchObject({ ok: true, date: '1990-03-05', source: 'text' });
    }
    expect(p('05/03/90')).toMatchObject({ ok: true, date: '1990-03-05', warning: 'TWO_DIGIT_YEAR' });
    expect(p('05/03/05')).toMatchObject({ ok: true, date: '2005-03-05' });
    expect(p('1990')).toMatchObject({ ok: true, date: '1990-01-01', warning: 'YEAR_ONLY' });
    expect(p(1990)).toMatchObject({ ok: true, date: '1990-01-01', warning: 'YEAR_ONLY' });
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
    const day = fc.date({
      min: new Date('1901-01-01T00:00:00Z'),
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
