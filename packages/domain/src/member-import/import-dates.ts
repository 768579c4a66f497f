// Dates as they arrive in real member lists: Excel serial numbers, dd/mm/yyyy text (or with - and .),
// ISO yyyy-mm-dd, two-digit years, "ngày 5 tháng 3 năm 1990", a month and year ("03/1990", "1990-03"),
// a year alone, or JavaScript Dates. A month and year or a year alone keep that precision: `date` is
// then "1990-03" or "1990" (ISO 8601 reduced precision), never an invented 1 January.
import { todayVN } from '../dates';
import { parsePartialIso, partialAfter, type DatePrecision } from '../partial-date';

export type ParsedDate =
  | {
      ok: true;
      /** yyyy-mm-dd, yyyy-mm or yyyy, as precise as the cell was. */
      date: string;
      precision: DatePrecision;
      source: 'serial' | 'text' | 'date' | 'year';
      warning?: 'TWO_DIGIT_YEAR';
    }
  | { ok: false; error: 'DATE_INVALID' | 'DATE_OUT_OF_RANGE' };

const pad = (n: number) => String(n).padStart(2, '0');

function ymd(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Excel's 1900 date system: serial 1 is 01/01/1900, and serial 60 is the 29/02/1900 that never was. */
export function excelSerialToDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  const days = whole < 60 ? whole - 1 : whole - 2;
  const d = new Date(Date.UTC(1900, 0, 1) + days * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Parse one cell as a calendar date, day-first as Vietnamese write them. `minYear` guards against
 * typos (a birth year of 1090); the upper bound is today in Vietnam (`todayVN`), and a partial date
 * is out of range only when its whole period is after today.
 */
export function parseImportDate(value: unknown, opts: { today?: Date; minYear?: number } = {}): ParsedDate | null {
  const today = todayVN(opts.today ?? new Date());
  const minYear = opts.minYear ?? 1900;
  const check = (
    date: string | null,
    source: 'serial' | 'text' | 'date' | 'year',
    warning?: 'TWO_DIGIT_YEAR',
  ): ParsedDate => {
    const parsed = date ? parsePartialIso(date) : null;
    if (!date || !parsed) return { ok: false, error: 'DATE_INVALID' };
    if (Number(date.slice(0, 4)) < minYear || partialAfter(date, today))
      return { ok: false, error: 'DATE_OUT_OF_RANGE' };
    const ok = { ok: true as const, date, precision: parsed.precision, source };
    return warning ? { ...ok, warning } : ok;
  };
  const month = (year: number, m: number) => (m >= 1 && m <= 12 ? `${year}-${pad(m)}` : null);
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, error: 'DATE_INVALID' };
    // exceljs gives dates at UTC midnight; round to the nearest day to absorb float noise.
    const d = new Date(Math.round(value.getTime() / 86_400_000) * 86_400_000);
    return check(ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), 'date');
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 1900 && value <= 2100) return check(String(value), 'year');
    return check(excelSerialToDate(value), 'serial');
  }
  if (typeof value !== 'string') return { ok: false, error: 'DATE_INVALID' };
  const text = value.normalize('NFC').trim();
  if (!text) return null;
  let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/.exec(text);
  if (m) {
    let year = Number(m[3]);
    const two = m[3]!.length === 2;
    if (two) year += year > Number(today.slice(2, 4)) ? 1900 : 2000;
    return check(ymd(year, Number(m[2]), Number(m[1])), 'text', two ? 'TWO_DIGIT_YEAR' : undefined);
  }
  m = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return check(ymd(Number(m[1]), Number(m[2]), Number(m[3])), 'text');
  m = /^ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})$/i.exec(text);
  if (m) return check(ymd(Number(m[3]), Number(m[2]), Number(m[1])), 'text');
  m = /^(?:tháng\s*)?(\d{1,2})\s*(?:[/.-]|\s+năm)\s*(\d{4})$/i.exec(text); // month/year: 03/1990, 3/1990
  if (m) return check(month(Number(m[2]), Number(m[1])), 'text');
  m = /^(\d{4})\s*-\s*(\d{1,2})$/.exec(text); // 1990-03
  if (m) return check(month(Number(m[1]), Number(m[2])), 'text');
  m = /^(?:năm\s*)?(\d{4})$/i.exec(text);
  if (m) return check(m[1]!, 'year');
  if (/^\d+(\.\d+)?$/.test(text)) return check(excelSerialToDate(Number(text)), 'serial');
  return { ok: false, error: 'DATE_INVALID' };
}
