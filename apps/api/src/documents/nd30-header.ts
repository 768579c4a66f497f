import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';

// Nghị định 30/2020/NĐ-CP: Times New Roman; the issuing body and the national motto side by side.
const FONT = 'Times New Roman';
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

const line = (
  text: string,
  o: { bold?: boolean; italics?: boolean; underline?: boolean; size?: number; after?: number },
) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: o.after ?? 0 },
    children: [
      new TextRun({
        text,
        font: FONT,
        size: (o.size ?? 13) * 2,
        bold: o.bold ?? false,
        italics: o.italics ?? false,
        ...(o.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
      }),
    ],
  });

const cell = (children: Paragraph[], pct: number) =>
  new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: noBorders });

/**
 * The heading every administrative document starts with: parent and issuing union (upper case, the issuer
 * bold), the document number, then "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" and the
 * place and date ("Đông Hà, ngày 05 tháng 02 năm 2026").
 */
export function nd30Header(args: { parentName: string | null; unitName: string; placeDate: string; number?: string }) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              ...(args.parentName ? [line(args.parentName.toUpperCase(), { size: 12 })] : []),
              line(args.unitName.toUpperCase(), { bold: true, size: 12, after: 240 }),
              line(args.number ?? 'Số:      /BC-CĐ', {}),
            ],
            42,
          ),
          cell(
            [
              line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 }),
              line('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true, after: 240 }),
              line(args.placeDate, { italics: true }),
            ],
            58,
          ),
        ],
      }),
    ],
  });
}
