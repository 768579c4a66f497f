import { BorderStyle, Paragraph, type Table } from 'docx';
import { centred, layoutCell, layoutRow, text } from './styles';

// The heading every administrative document starts with (Nghị định 30, Phụ lục I, ô 1–5): on the left the
// parent body (upper case), the issuing body (upper case, bold) with a short line under it, then the number;
// on the right the national name and motto (the motto underlined by a line as long as itself), then the place
// and date. Widths in twips of the A4 text area (210 mm − 30 mm − 15 mm = 9354).
export const TEXT_WIDTH = 9354;
const LEFT = 3969;
const RIGHT = TEXT_WIDTH - LEFT;
// The short line under the issuer: about a third of its column, centred.
const SHORT_LINE = 1300;

function shortLine(): Paragraph {
  const side = (LEFT - SHORT_LINE) / 2 - 108; // the cell's own margins are 108 twips each side
  return new Paragraph({
    children: [],
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: 120 },
  });
}

export type HeadingArgs = {
  parentName: string | null;
  issuerName: string;
  /** "Số: 05/BC-LĐLĐ" (documentNumber). */
  number: string;
  /** "Quảng Trị, ngày 07 tháng 3 năm 2026" (placeDateLine). */
  placeDate: string;
  /** A letter's summary, "V/v …", under its number. */
  subject?: string;
};

export function nd30Heading(a: HeadingArgs): Table {
  return layoutRow(
    [
      layoutCell(
        [
          ...(a.parentName ? [centred(a.parentName.toUpperCase(), { style: { size: 13 } })] : []),
          centred(a.issuerName.toUpperCase(), { style: { size: 13, bold: true } }),
          shortLine(),
          centred(a.number, { style: { size: 13 } }),
          ...(a.subject ? [centred(a.subject, { style: { size: 12 } })] : []),
        ],
        LEFT,
      ),
      layoutCell(
        [
          centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { style: { size: 13, bold: true } }),
          centred([text('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, underline: true })], { after: 240 }),
          centred(a.placeDate, { style: { size: 14, italics: true } }),
        ],
        RIGHT,
      ),
    ],
    [LEFT, RIGHT],
  );
}
