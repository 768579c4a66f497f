import {
  AlignmentType,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
  type TextRun,
} from 'docx';
import { todayVN } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import {
  centred,
  documentIssuer,
  fullUnitName,
  moneyInWords,
  nd30Heading,
  packNd30,
  placeDateLine,
  text,
} from '../../kit/documents';
import { noBorders } from '../../kit/documents/styles';
import { documentData, fileName, logExport, vnd, type DocumentData } from './documents.common';
import { totalVnd } from './programme-figures';
import { signaturePages } from './signature-pages';

// Columns in twips (the A4 text width is 9354): No., name, unit, amount, amount in words, signature.
const WIDTHS = [600, 2200, 2000, 1350, 2004, 1200];
// Exact heights (twips), so the rows signaturePages() puts on a page fit on it: 1.4 cm gives room to sign.
const ROW = 800;
const HEAD = 700;
const SIZE = 11;

const cell = (
  content: string | TextRun[],
  o: { bold?: boolean; align?: 'left' | 'right' | 'center'; span?: number } = {},
) =>
  new TableCell({
    children: [
      new Paragraph({
        children: typeof content === 'string' ? [text(content, { bold: o.bold ?? false, size: SIZE })] : content,
        alignment:
          o.align === 'right' ? AlignmentType.RIGHT : o.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
    ],
    verticalAlign: VerticalAlign.CENTER,
    columnSpan: o.span,
    width: { size: WIDTHS.slice(0, o.span ?? 1).reduce((s, w) => s + w, 0), type: WidthType.DXA },
  });

const row = (cells: TableCell[], height: number, header = false) =>
  new TableRow({
    children: cells,
    height: { value: height, rule: HeightRule.EXACT },
    cantSplit: true,
    tableHeader: header,
  });

/** "Cộng trang 2" / "Tổng cộng": the label over the first three columns, the sum in figures and in words. */
const sumRow = (label: string, amount: number) =>
  row(
    [
      cell(label, { bold: true, span: 3, align: 'center' }),
      cell(vnd(amount), { bold: true, align: 'right' }),
      cell(moneyInWords(amount), { bold: true }),
      cell(''),
    ],
    ROW,
  );

function pageTables(d: DocumentData): (Paragraph | Table)[] {
  const pages = signaturePages(d.list);
  const out: (Paragraph | Table)[] = [];
  pages.forEach((p, i) => {
    const last = i === pages.length - 1;
    if (i > 0) out.push(new Paragraph({ children: [], pageBreakBefore: true, spacing: { after: 0 } }));
    out.push(
      new Table({
        width: { size: WIDTHS.reduce((s, w) => s + w, 0), type: WidthType.DXA },
        columnWidths: WIDTHS,
        rows: [
          row(
            ['STT', 'Họ và tên', 'Đơn vị', 'Số tiền (đồng)', 'Số tiền bằng chữ', 'Ký nhận'].map((h) =>
              cell(h, { bold: true, align: 'center' }),
            ),
            HEAD,
            true,
          ),
          ...p.rows.map((b) =>
            row(
              [
                cell(String(b.no), { align: 'center' }),
                cell(b.fullName),
                cell(b.unitName),
                cell(vnd(b.amountVnd), { align: 'right' }),
                cell(moneyInWords(b.amountVnd)),
                cell(''),
              ],
              ROW,
            ),
          ),
          sumRow(`Cộng trang ${p.page}`, p.subtotalVnd),
          ...(last ? [sumRow('Tổng cộng', totalVnd(d.list))] : []),
        ],
      }),
    );
  });
  return out;
}

/** Who drew the list up, the accountant, and the head of the unit: the three signatures of a payment list. */
function signatures(place: string, date: string, chair: string): Table {
  const third = 9354 / 3;
  const column = (lines: string[], name: string) =>
    new TableCell({
      children: [
        ...lines.map((l) => centred(l, { style: { bold: true, size: 13 } })),
        centred(name, { style: { bold: true, size: 13 }, before: 1500 }),
      ],
      width: { size: third, type: WidthType.DXA },
      borders: noBorders,
    });
  return new Table({
    width: { size: 9354, type: WidthType.DXA },
    columnWidths: [third, third, third],
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          new TableCell({ children: [new Paragraph({})], columnSpan: 2, borders: noBorders }),
          new TableCell({
            children: [centred(placeDateLine(place, date), { style: { italics: true, size: 13 } })],
            borders: noBorders,
          }),
        ],
      }),
      new TableRow({
        cantSplit: true,
        children: [
          column(['NGƯỜI LẬP DANH SÁCH'], ''),
          column(['KẾ TOÁN'], ''),
          column(['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'], chair),
        ],
      }),
    ],
  });
}

/**
 * The signature list (danh sách ký nhận) of a programme's approved beneficiaries, as the unit that hands out
 * prints it: amounts in figures and in words, a column to sign, a total at the foot of every page and a grand
 * total, then the three signatures. `unitId` narrows it to one unit's subtree.
 */
export async function signatureListDocx(ctx: Ctx, programmeId: number, unitId?: number) {
  const d = await documentData(ctx, programmeId, unitId);
  const date = todayVN(ctx.now());
  const { issuer, signature } = await documentIssuer(ctx, unitId ?? d.heading.unitId, date);
  const title = `Danh sách ký nhận ${d.heading.name}`;
  const body = await packNd30({
    title,
    children: [
      nd30Heading({ parentName: issuer.parentName, issuerName: issuer.name, number: '', placeDate: '' }),
      centred('DANH SÁCH KÝ NHẬN', { style: { bold: true }, before: 240 }),
      centred(`Hỗ trợ ${d.heading.name}`, { style: { bold: true } }),
      centred(
        d.unitName ? `Đơn vị: ${fullUnitName(d.unitName)}` : `Đơn vị chủ trì: ${fullUnitName(d.heading.unitName)}`,
        {
          style: { italics: true, size: 13 },
          after: 240,
        },
      ),
      ...pageTables(d),
      new Paragraph({
        children: [
          text('Tổng số tiền bằng chữ: ', { bold: true, size: 13 }),
          text(`${moneyInWords(totalVnd(d.list))}.`, { italics: true, size: 13 }),
        ],
        spacing: { before: 120, after: 240 },
        keepNext: true,
      }),
      signatures(issuer.place, date, signature.name),
    ],
  });
  await logExport(ctx, programmeId, 'signature_list', 'docx', unitId);
  return { fileName: fileName('ds-ky-nhan', programmeId, d.heading.name, 'docx'), body };
}
