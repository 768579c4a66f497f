// CSV is for other systems (HRM, social insurance, BI tools), not for people: UTF-8 with a BOM, RFC 4180
// quoting, CRLF, ISO dates (yyyy-mm-dd) and plain numbers, so a program reads it without guessing a locale.
// People get the .xlsx (real dates, leading zeros kept); the UI says which is which.

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const CSV_BOM = '\uFEFF';

/**
 * Spreadsheet formula injection: a CSV opened in a spreadsheet anyway would run a cell beginning with
 * = + - @ (or a tab / carriage return some programs strip). Such text gets a leading apostrophe: in a CSV
 * there is no cell type to say "text". Numbers stay numbers (a negative number is not text).
 */
export function neutraliseCsv<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field: neutralised, quoted when it holds a quote, comma or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const v = String(neutraliseCsv(value));
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** One record, CRLF-terminated. */
export const csvRecord = (cells: (string | number | null | undefined)[]) => cells.map(csvField).join(',') + '\r\n';
