// CCCD (căn cước công dân): 12 digits = 3-digit place-of-birth code, 1 century+gender digit,
// 2 digits of the birth year, 6 random digits.

/** Place codes of the 63 pre-2025 provinces, still the first three digits of every CCCD. */
export const cccdProvinceCodes: ReadonlySet<string> = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 ' +
    '040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 ' +
    '083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

export type Gender = 'male' | 'female';

export type CccdIssue = 'format' | 'province' | 'century_gender';

/**
 * Strip spaces, dots and dashes. Leading zeros are restored only when the value was a number (a
 * spreadsheet number cell drops them); text is checked as written: "01234567890" typed as text is an
 * 11-digit mistake, and padding it would invent a wrong province code.
 */
export function normaliseCccd(raw: string | number): { value: string; restoredZeros: boolean } {
  const digits = String(raw)
    .normalize('NFC')
    .replace(/[\s.\-']/g, '');
  if (typeof raw === 'number' && /^\d{10,11}$/.test(digits))
    return { value: digits.padStart(12, '0'), restoredZeros: true };
  return { value: digits, restoredZeros: false };
}

/** The century+gender digit for a birth year and gender (0/1 = 1900s, 2/3 = 2000s, …, 8/9 = 1800s). */
export function cccdCenturyDigit(birthYear: number, gender: Gender): number {
  const century = Math.floor(birthYear / 100);
  const base = century === 18 ? 8 : (century - 19) * 2;
  return base + (gender === 'female' ? 1 : 0);
}

/** Birth year and gender encoded in a well-formed CCCD, or null. */
export function decodeCccd(cccd: string): { provinceCode: string; gender: Gender; birthYear: number } | null {
  if (!/^\d{12}$/.test(cccd)) return null;
  const d = Number(cccd[3]);
  const century = d >= 8 ? 18 : 19 + Math.floor(d / 2);
  return {
    provinceCode: cccd.slice(0, 3),
    gender: d % 2 === 0 ? 'male' : 'female',
    birthYear: century * 100 + Number(cccd.slice(4, 6)),
  };
}

/**
 * Problems with a CCCD given what else we know of the person. `format` and `province` make it
 * invalid; `century_gender` means it disagrees with birth year or gender (a warning an officer
 * may confirm on the form, a warning on import).
 */
export function checkCccd(
  cccd: string,
  person: { birthDate?: string | null; gender?: Gender | null } = {},
): CccdIssue[] {
  const decoded = decodeCccd(cccd);
  if (!decoded) return ['format'];
  const issues: CccdIssue[] = [];
  if (!cccdProvinceCodes.has(decoded.provinceCode)) issues.push('province');
  const year = person.birthDate ? Number(person.birthDate.slice(0, 4)) : null;
  if ((year !== null && year !== decoded.birthYear) || (person.gender && person.gender !== decoded.gender))
    issues.push('century_gender');
  return issues;
}

/** Build a CCCD consistent with a birth year and gender (demo data and tests). */
export function makeCccd(provinceCode: string, birthYear: number, gender: Gender, serial: number): string {
  const yy = String(birthYear % 100).padStart(2, '0');
  return `${provinceCode}${cccdCenturyDigit(birthYear, gender)}${yy}${String(serial % 1_000_000).padStart(6, '0')}`;
}
