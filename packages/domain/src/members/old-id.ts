// Old ID number (CMND, chứng minh nhân dân): 9 digits, issued by province before the CCCD. Millions of
// older members still have only this on file. A 12-digit number is a CCCD (the 12-digit CMND of
// 2012–2016 used the CCCD layout and is kept as the CCCD).

export const oldIdPattern = /^\d{9}$/;

/**
 * Strip spaces, dots and dashes. A leading zero (Hà Nội numbers start 01…) is restored only when the
 * value was a number cell that lost it (8 digits): text is checked as written.
 */
export function normaliseOldId(raw: string | number): { value: string; restoredZero: boolean } {
  const digits = String(raw)
    .normalize('NFC')
    .replace(/[\s.\-']/g, '');
  if (typeof raw === 'number' && /^\d{8}$/.test(digits)) return { value: '0' + digits, restoredZero: true };
  return { value: digits, restoredZero: false };
}

export function isOldId(value: string): boolean {
  return oldIdPattern.test(value);
}
