// Who issues a document: its full name, its parent's, and the abbreviation its number's symbol ends with.

export type UnitNaming = { name: string; shortName: string | null; kind: string; subkind: string | null };

// Abbreviations that some unit names start with in the registry ("CĐCS Công ty …"); a document spells them out
// (Nghị định 30: the issuing body's full name). Longest first so "CĐCS" is not read as "CĐ".
const spelledOut: [RegExp, string][] = [
  [/^CĐCS\s+/u, 'Công đoàn cơ sở '],
  [/^NĐCS\s+/u, 'Nghiệp đoàn cơ sở '],
  [/^LĐLĐ\s+/u, 'Liên đoàn Lao động '],
  [/^CĐ\s+/u, 'Công đoàn '],
  [/\bKCN\b/u, 'Khu công nghiệp'],
  [/\bKKT\b/u, 'Khu kinh tế'],
];

/** "CĐCS Công ty TNHH May Hòa Thọ" → "Công đoàn cơ sở Công ty TNHH May Hòa Thọ". */
export function fullUnitName(name: string): string {
  return spelledOut.reduce((s, [re, full]) => s.replace(re, full), name.trim());
}

// The symbol's issuer part when the unit's short name does not start with one (Hướng dẫn 29/HD-TLĐ practice).
const byKind: Record<string, string> = {
  confederation: 'TLĐ',
  provincial_federation: 'LĐLĐ',
  central_industry_union: 'CĐN',
  corporation_union: 'CĐTCT',
  upper_union: 'CĐ',
  grassroots_union: 'CĐCS',
  union_group: 'TCĐ',
};
const byName: [RegExp, string][] = [
  [/^Liên đoàn Lao động/iu, 'LĐLĐ'],
  [/^Công đoàn (các )?Khu công nghiệp/iu, 'CĐKCN'],
  [/^Công đoàn (các )?Khu kinh tế/iu, 'CĐKKT'],
  [/^Công đoàn ngành/iu, 'CĐN'],
  [/^Nghiệp đoàn/iu, 'NĐ'],
];

/**
 * The issuer's part of the symbol ("BC-LĐLĐ"): the first word of the short name when it is an abbreviation
 * ("LĐLĐ Quảng Trị" → "LĐLĐ"), else read from the full name, else by the unit's level.
 */
export function issuerAbbreviation(u: UnitNaming): string {
  const first = u.shortName?.trim().split(/\s+/)[0] ?? '';
  if (first.length >= 2 && first === first.toUpperCase() && /^\p{Lu}+$/u.test(first)) return first;
  const full = fullUnitName(u.name);
  if (u.subkind === 'nghiep_doan') return 'NĐ';
  if (u.kind !== 'grassroots_union' && u.kind !== 'union_group')
    for (const [re, abbr] of byName) if (re.test(full)) return abbr;
  return byKind[u.kind] ?? 'CĐ';
}

/**
 * The place written before the date (Nghị định 30: where the issuer sits): from a name that carries it
 * ("Liên đoàn Lao động tỉnh Quảng Trị" → "Quảng Trị", "Công đoàn phường Đông Hà" → "Đông Hà"), else null.
 */
export function placeOf(name: string): string | null {
  return /(?:tỉnh|thành phố|xã|phường|đặc khu)\s+(.+)$/iu.exec(name)?.[1] ?? null;
}
