import type { CardView } from '@congdoan/domain';
import { a4, mm, qrPngDataUrl, type Content } from '../../kit/pdf';

/** ID-1 card size (ISO/IEC 7810): 85.6 × 54 mm. */
export const cardSize = { width: mm(85.6), height: mm(54) } as const;

const red = '#c8102e';
const dmy = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '—');

/**
 * One member card drawn at (x, y) points from the page's top-left corner: the same fields, in the same order,
 * as the screen's card (MemberCard.tsx), with the signed verification URL as a QR code on the right.
 */
export async function drawCard(card: CardView, x: number, y: number): Promise<Content[]> {
  const { width, height } = cardSize;
  const pad = mm(3.5);
  const qrSide = mm(27);
  const inner = width - 2 * pad;
  const textWidth = inner - qrSide - mm(2);
  const line = (text: string, o: { size?: number; bold?: boolean; color?: string; top?: number } = {}) => ({
    text,
    fontSize: o.size ?? 8,
    bold: o.bold ?? false,
    color: o.color ?? '#000',
    margin: [0, o.top ?? 1.5, 0, 0] as [number, number, number, number],
  });
  const inset = mm(0.8); // the frame stays whole when the guillotine cuts a little off the line
  const column = (at: { x: number; y: number }, w: number, stack: Content[]): Content => ({
    absolutePosition: at,
    columns: [{ width: w, stack }],
  });
  return [
    {
      canvas: [
        {
          type: 'rect',
          x: 0,
          y: 0,
          w: width - 2 * inset,
          h: height - 2 * inset,
          r: mm(3),
          lineWidth: 1.2,
          lineColor: red,
        },
        // a red rule under the heading, inside the frame
        {
          type: 'line',
          x1: pad - inset,
          y1: mm(11),
          x2: width - pad - inset,
          y2: mm(11),
          lineWidth: 0.6,
          lineColor: red,
        },
      ],
      absolutePosition: { x: x + inset, y: y + inset },
    },
    column({ x: x + pad, y: y + pad }, inner, [
      line('THẺ ĐOÀN VIÊN CÔNG ĐOÀN VIỆT NAM', { size: 8.5, bold: true, color: red, top: 0 }),
      line(card.federationName ?? '', { size: 7, color: '#555', top: 1 }),
    ]),
    column({ x: x + pad, y: y + mm(14) }, textWidth, [
      line(card.fullName.toLocaleUpperCase('vi'), { size: 11, bold: true, top: 0 }),
      line(`Ngày sinh: ${dmy(card.birthDate)}`, { top: 4 }),
      line(card.unitName),
      line(`Số thẻ: ${card.cardNumber}`, { size: 8.5, bold: true, top: 4 }),
    ]),
    column({ x: x + pad, y: y + height - pad - mm(3.5) }, textWidth, [
      line(`Ngày cấp: ${dmy(card.issuedOn)}`, { size: 7, color: '#555', top: 0 }),
    ]),
    {
      image: await qrPngDataUrl(card.verifyUrl),
      width: qrSide,
      height: qrSide,
      absolutePosition: { x: x + width - pad - qrSide + mm(1.5), y: y + height - pad - qrSide + mm(1.5) },
    },
  ];
}

/** Short cut marks outside a grid of cards, on every column and row boundary, for the guillotine. */
export function cutMarks(left: number, top: number, cols: number, rows: number): Content {
  const { width, height } = cardSize;
  const len = mm(4);
  const gap = mm(1);
  const right = left + cols * width;
  const bottom = top + rows * height;
  const lines: { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth: number }[] = [];
  for (let c = 0; c <= cols; c++) {
    const x = left + c * width;
    lines.push({ type: 'line', x1: x, y1: top - gap - len, x2: x, y2: top - gap, lineWidth: 0.4 });
    lines.push({ type: 'line', x1: x, y1: bottom + gap, x2: x, y2: bottom + gap + len, lineWidth: 0.4 });
  }
  for (let r = 0; r <= rows; r++) {
    const y = top + r * height;
    lines.push({ type: 'line', x1: left - gap - len, y1: y, x2: left - gap, y2: y, lineWidth: 0.4 });
    lines.push({ type: 'line', x1: right + gap, y1: y, x2: right + gap + len, y2: y, lineWidth: 0.4 });
  }
  return { canvas: lines, absolutePosition: { x: 0, y: 0 } };
}

/** Cards per A4 page: 8 (2 × 4, roomy margins) or 10 (2 × 5, the whole page height). */
export type SheetLayout = 8 | 10;

/** Where the grid of a sheet starts: centred on the A4 page. */
export function sheetOrigin(layout: SheetLayout): { left: number; top: number; cols: number; rows: number } {
  const cols = 2;
  const rows = layout / cols;
  return {
    cols,
    rows,
    left: (a4.width - cols * cardSize.width) / 2,
    top: (a4.height - rows * cardSize.height) / 2,
  };
}
