import type { Content } from './pdf';

/**
 * The heading of an administrative document (Nghị định 30/2020 layout) for PDF: parent and issuing union in upper
 * case with a short line under the issuer, the number; the national motto with its line, and the place and date.
 * The .docx kit (kit/documents) is the reference; this draws the same blocks with pdfmake.
 */
export function administrativeHeader(args: {
  parentName: string | null;
  unitName: string;
  placeDate: string;
  number?: string;
  /** A letter's "V/v …" line under its number. */
  subject?: string;
}): Content {
  const rule = (width: number): Content => ({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
    alignment: 'center',
    margin: [0, 4, 0, 6],
  });
  return {
    columns: [
      {
        width: '42%',
        stack: [
          ...(args.parentName ? [{ text: args.parentName.toLocaleUpperCase('vi'), fontSize: 10 }] : []),
          { text: args.unitName.toLocaleUpperCase('vi'), bold: true, fontSize: 10 },
          rule(60),
          { text: args.number ?? 'Số:      /BC', fontSize: 10 },
          ...(args.subject ? [{ text: args.subject, fontSize: 9 }] : []),
        ],
        alignment: 'center',
      },
      {
        width: '58%',
        stack: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 10 },
          { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 11 },
          rule(150),
          { text: args.placeDate, italics: true, fontSize: 10 },
        ],
        alignment: 'center',
      },
    ],
    margin: [0, 0, 0, 12],
  };
}

/** Document title block: the kind in bold capitals, then the summary line. */
export function documentTitle(kind: string, summary: string): Content {
  return {
    stack: [
      { text: kind, bold: true, fontSize: 14 },
      { text: summary, bold: true, fontSize: 12, margin: [0, 2, 0, 12] },
    ],
    alignment: 'center',
  };
}

/** A justified body paragraph with the 1 cm first-line indent of administrative documents. */
export const paragraph = (
  text: string | { text: string; bold?: boolean; italics?: boolean }[],
  extra: { headlineLevel?: number } = {},
): Content => ({
  ...extra,
  text,
  alignment: 'justify',
  leadingIndent: 28.35,
  margin: [0, 0, 0, 4],
});

/** The signature block on the right: authority line (TM. …), title, room for signature and seal, name. */
export function signatureBlock(lines: { authority: string; title?: string; name?: string | null }): Content {
  return {
    columns: [
      { width: '45%', text: '' },
      {
        width: '55%',
        alignment: 'center',
        unbreakable: true,
        stack: [
          { text: lines.authority, bold: true },
          ...(lines.title ? [{ text: lines.title, bold: true }] : []),
          { text: lines.name ?? '', bold: true, margin: [0, 60, 0, 0] },
        ],
      },
    ],
    margin: [0, 16, 0, 0],
  };
}
