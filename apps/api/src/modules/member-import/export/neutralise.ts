/**
 * Spreadsheet formula injection: a cell beginning with = + - @ (or a tab / carriage return that
 * some programs strip) would run as a formula when opened. Such text gets a leading apostrophe.
 * Numbers stay numbers (a negative number is not text).
 */
export function neutraliseCell<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
