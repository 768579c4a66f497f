// Dates that offices record loosely (a birth year alone, a month and year) keep the precision they were
// given. On the wire they are ISO 8601 at reduced precision: "1992", "1990-03", "1990-03-15". In the
// database they are the first day of the period plus its precision, so they sort and index as dates;
// every reader turns the pair back into the reduced form, never into "01/01/1992".

export const datePrecisions = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** A date of known precision: `date` is the first day of the period (yyyy-mm-dd). */
export type PartialDate = { date: string; precision: DatePrecision };

const pad = (n: number) => String(n).padStart(2, '0');

function realDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** "1992" | "1990-03" | "1990-03-15" as a PartialDate, or null when it is not a real date. */
export function parsePartialIso(value: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (!realDay(year, month, day)) return null;
  const precision: DatePrecision = m[3] ? 'day' : m[2] ? 'month' : 'year';
  return { date: `${year}-${pad(month)}-${pad(day)}`, precision };
}

/** The reduced ISO form of a stored date and precision. */
export function toPartialIso(date: string, precision: DatePrecision): string {
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date.slice(0, 10);
}

/** As Vietnamese write it: "1992", "03/1990", "15/03/1990". */
export function formatPartialDateVN(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? '';
}

/** The first and last calendar day a partial date may stand for (yyyy-mm-dd). */
export function partialDateBounds(value: string): { first: string; last: string } | null {
  const p = parsePartialIso(value);
  if (!p) return null;
  const [y, m] = p.date.split('-').map(Number) as [number, number];
  if (p.precision === 'day') return { first: p.date, last: p.date };
  if (p.precision === 'year') return { first: p.date, last: `${y}-12-31` };
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: p.date, last: `${y}-${pad(m)}-${pad(lastDay)}` };
}

/** The year of a partial date (what the CCCD's century digit and two year digits encode). */
export const partialYear = (value: string): number => Number(value.slice(0, 4));

/** Minimum working age under the Labour Code (Bộ luật Lao động 2019, art. 143): union members are workers. */
export const MIN_WORKING_AGE = 15;

/**
 * Whether someone born on `birth` (partial) may have reached `age` by `on` (yyyy-mm-dd). A partial
 * birth date is judged by its earliest possible day: we refuse only people who cannot be old enough
 * on any reading of what was written, since the missing part is unknown, not wrong.
 */
export function mayBeAtLeast(birth: string, age: number, on: string): boolean {
  const bounds = partialDateBounds(birth);
  if (!bounds) return true;
  const [y, m, d] = bounds.first.split('-');
  const turns = `${String(Number(y) + age).padStart(4, '0')}-${m}-${d}`;
  return turns <= on;
}

/** Whether a partial date lies after `today` (yyyy-mm-dd) on every reading: "2026" is not in the future in 2026. */
export function partialAfter(value: string, today: string): boolean {
  const bounds = partialDateBounds(value);
  return bounds !== null && bounds.first > today;
}

/**
 * What an official types in a birth date box, read day-first: "15/03/1990", "3/1990" or "1990"
 * (separators / . -), as the reduced ISO form; null when it is none of these or not a real date.
 */
export function parsePartialDateVN(text: string): string | null {
  const t = text.trim();
  const day = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = day
    ? `${day[3]}-${day[2]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`
    : month
      ? `${month[2]}-${month[1]!.padStart(2, '0')}`
      : /^\d{4}$/.test(t)
        ? t
        : null;
  return iso && parsePartialIso(iso) ? iso : null;
}
