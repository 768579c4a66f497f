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

// Nghị định 30/2020/NĐ-CP, Phụ lục I: Times New Roman, body 13–14 pt (we use 14), justified, the first line of a
// paragraph indented 1–1.27 cm (we use 1 cm = 567 twips), headings kept with what follows them.
export const FONT = 'Times New Roman';
export const BODY_PT = 14;
export const FIRST_LINE_INDENT = 567;
export type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

export type RunStyle = { bold?: boolean; italics?: boolean; underline?: boolean; size?: number };

/** A run of text in the document font; size in points. */
export function text(value: string, o: RunStyle = {}): TextRun {
  return new TextRun({
    text: value,
    font: FONT,
    size: (o.size ?? BODY_PT) * 2,
    bold: o.bold ?? false,
    italics: o.italics ?? false,
    ...(o.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });
}

const runs = (content: string | TextRun[], style?: RunStyle) =>
  typeof content === 'string' ? [text(content, style)] : content;

/** A body paragraph: justified, 1 cm first-line indent, 6 pt after; `keepNext` for a lead-in line. */
export function paragraph(
  content: string | TextRun[],
  o: { style?: RunStyle; after?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    children: runs(content, o.style),
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { after: o.after ?? 120, line: 288 },
    keepNext: o.keepNext ?? false,
  });
}

/** A section heading ("I. KẾT QUẢ THỰC HIỆN"): bold, indented like the body, never left alone at a page foot. */
export function heading(value: string): Paragraph {
  return new Paragraph({
    children: [text(value, { bold: true })],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: 120, after: 120 },
    keepNext: true,
    keepLines: true,
  });
}

/** A centred line (title blocks, heading blocks); `after` in twips. */
export function centred(content: string | TextRun[], o: { style?: RunStyle; after?: number; before?: number } = {}) {
  return new Paragraph({
    children: runs(content, o.style),
    alignment: AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
  });
}

/** A left-aligned line with no indent (lists in the signature block). */
export function plainLine(content: string | TextRun[], o: { style?: RunStyle; keepNext?: boolean } = {}) {
  return new Paragraph({
    children: runs(content, o.style),
    alignment: AlignmentType.LEFT,
    spacing: { after: 0 },
    keepNext: o.keepNext ?? false,
  });
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/** A borderless cell of a layout table (heading and signature blocks); width in twips. */
export function layoutCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: noBorders });
}

/** A borderless two-column layout table whose row stays on one page. */
export function layoutRow(cells: TableCell[], widths: number[]): Table {
  return new Table({
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: noBorders,
    rows: [new TableRow({ children: cells, cantSplit: true })],
  });
}

/**
 * A data table: header row bold and repeated on every page, rows that never split across pages, numbers
 * right-aligned (columns listed in `numeric`). Text 13 pt, one point under the body.
 */
export function dataTable(head: string[], rows: string[][], o: { numeric?: number[] } = {}): Table {
  const numeric = new Set(o.numeric ?? []);
  const cell = (value: string, col: number, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          children: [text(value, { bold, size: 13 })],
          alignment: bold ? AlignmentType.CENTER : numeric.has(col) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          keepNext: bold,
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: head.map((h, i) => cell(h, i, true)), tableHeader: true, cantSplit: true }),
      ...rows.map((row) => new TableRow({ children: row.map((v, i) => cell(v, i)), cantSplit: true })),
    ],
  });
}
