// Vietnamese mobile numbers: 10 digits, 03x 05x 07x 08x 09x (after the 2018 renumbering).

export const mobilePhonePattern = /^0[35789]\d{8}$/;

/**
 * Normalise what people type or spreadsheets store: spaces, dots, dashes, brackets, +84 / 84
 * prefixes, and a leading zero lost to a number cell. A spreadsheet's text cell is checked as
 * written; `typed` (a phone box on a form, the search box) also reads "912 345 678" as 0912345678,
 * the habit of writing the number after +84. Returns the 10-digit form when it is a valid mobile
 * number, else null; `restoredZero` tells the importer to warn.
 */
export function normalisePhone(
  raw: string | number,
  opts: { typed?: boolean } = {},
): { value: string; restoredZero: boolean } | null {
  let digits = String(raw)
    .normalize('NFC')
    .replace(/[\s.\-()']/g, '');
  if (digits.startsWith('+84')) digits = '0' + digits.slice(3);
  else if (/^84\d{9}$/.test(digits)) digits = '0' + digits.slice(2);
  let restoredZero = false;
  if ((typeof raw === 'number' || opts.typed) && /^[35789]\d{8}$/.test(digits)) {
    digits = '0' + digits;
    restoredZero = true;
  }
  return mobilePhonePattern.test(digits) ? { value: digits, restoredZero } : null;
}

export function isMobilePhone(value: string): boolean {
  return mobilePhonePattern.test(value);
}
