// Number and symbol of a document (Nghị định 30, Điều 8 and Phụ lục III): "Số: 05/BC-LĐLĐ".
//
// The product keeps no register of outgoing documents, so it does not invent numbers: the office clerk gives the
// number when the document is signed and registered. A caller that knows the number passes it; otherwise the
// line reads "Số:      /BC-LĐLĐ" with room to write it in. The symbol is the kind's code and the issuer's
// abbreviation (issuerAbbreviation). Numbers restart each year per issuer, which is the register's job.

export const documentKinds = {
  report: { code: 'BC', title: 'BÁO CÁO' },
  decision: { code: 'QĐ', title: 'QUYẾT ĐỊNH' },
  plan: { code: 'KH', title: 'KẾ HOẠCH' },
  notice: { code: 'TB', title: 'THÔNG BÁO' },
  minutes: { code: 'BB', title: 'BIÊN BẢN' },
  guidance: { code: 'HD', title: 'HƯỚNG DẪN' },
  programme: { code: 'CTr', title: 'CHƯƠNG TRÌNH' },
  submission: { code: 'TTr', title: 'TỜ TRÌNH' },
  /** Công văn: no kind name, its symbol is the issuer only and it carries a "V/v …" summary instead of a title. */
  letter: { code: '', title: '' },
} as const;
export type DocumentKind = keyof typeof documentKinds;

/** "Số: 05/BC-LĐLĐ" (numbers under 10 take a leading zero); "Số:      /BC-LĐLĐ" with no number yet. */
export function documentNumber(kind: DocumentKind, issuerAbbr: string, number?: number | null): string {
  const code = documentKinds[kind].code;
  const symbol = code ? `${code}-${issuerAbbr}` : issuerAbbr;
  const n = number ? String(number).padStart(2, '0') : '\u00a0'.repeat(8);
  return `Số: ${n}/${symbol}`;
}
