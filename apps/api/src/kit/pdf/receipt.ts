import { administrativeHeader } from './administrative';
import { a4, mm, renderPdf, type Content } from './pdf';
import { qrPngDataUrl } from './qr';

// A receipt (phiếu tiếp nhận, biên nhận) as offices print it: an A4 sheet holding the same receipt twice, one
// copy (liên) per half, a dashed line to cut between them; one copy is handed over, the other filed. Each half
// has the issuer heading with the receipt's number, the title, what was received (label: value lines), a QR code
// to follow it up, and two signatures. Texts are clipped so a receipt always fits its half.

export type ReceiptArgs = {
  issuer: { name: string; parentName: string | null };
  /** "PHIẾU TIẾP NHẬN KIẾN NGHỊ". */
  title: string;
  /** The receipt's number, printed "Số: …" under the issuer ("KN-2026-000123"). */
  reference: string;
  /** "Quảng Trị, ngày 05 tháng 12 năm 2026" (kit/documents placeDateLine). */
  placeDate: string;
  /** What was received, in order: who, when, what… Values longer than `max` (default 120) characters are clipped. */
  lines: { label: string; value: string; max?: number }[];
  qr?: { text: string; caption: string };
  /** Left: who handed in (often signed by hand); right: who received, with their name. */
  signers: { left: { title: string; name?: string }; right: { title: string; name?: string } };
  note?: string;
  /** One label per copy, top right ("Liên 1: Giao người kiến nghị"); one or two copies per sheet. */
  copies: [string] | [string, string];
  /** Document title (metadata). */
  documentTitle: string;
};

/**
 * Longest value a line prints unless it says otherwise: receipts point to the record (QR), they do not reproduce
 * it. The petition receipt's worst case (every field at its limit) is tested to fit its half.
 */
export const maxValue = 120;
const clip = (s: string, n = maxValue) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

const LEFT = mm(20);
const RIGHT = mm(15);
const HALF = a4.height / 2;
const QR = mm(26);

const signer = (s: { title: string; name?: string }): Content => ({
  alignment: 'center',
  stack: [
    { text: s.title.toLocaleUpperCase('vi'), bold: true, fontSize: 10 },
    { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 8 },
    { text: s.name ?? ' ', bold: true, fontSize: 10, margin: [0, mm(11), 0, 0] },
  ],
});

async function copy(r: ReceiptArgs, label: string): Promise<Content[]> {
  const details: Content = {
    table: {
      widths: [mm(32), '*'],
      body: r.lines.map((l) => [
        { text: `${l.label}:`, color: '#444' },
        { text: clip(l.value, l.max), bold: l === r.lines[0] },
      ]),
    },
    layout: 'noBorders',
    fontSize: 9,
  };
  return [
    { text: label, italics: true, fontSize: 8, alignment: 'right', margin: [0, 0, 0, 2] },
    administrativeHeader({
      parentName: r.issuer.parentName,
      unitName: r.issuer.name,
      number: `Số: ${r.reference}`,
      placeDate: r.placeDate,
    }),
    { text: r.title.toLocaleUpperCase('vi'), bold: true, fontSize: 13, alignment: 'center', margin: [0, 0, 0, 8] },
    r.qr
      ? {
          columns: [
            { width: '*', stack: [details] },
            {
              width: QR + mm(4),
              stack: [
                { image: await qrPngDataUrl(r.qr.text), width: QR, height: QR, alignment: 'right' },
                { text: r.qr.caption, fontSize: 7, alignment: 'center', margin: [mm(2), 2, 0, 0] },
              ],
            },
          ],
          columnGap: mm(3),
        }
      : details,
    ...(r.note ? [{ text: clip(r.note, 200), italics: true, fontSize: 8, margin: [0, 4, 0, 0] } as Content] : []),
    { columns: [signer(r.signers.left), signer(r.signers.right)], margin: [0, 6, 0, 0] },
  ];
}

/**
 * The receipt as a one-page A4 PDF: each copy placed at the top of its half (never flowing into the other), and
 * a dashed cut line across the middle when there are two.
 */
export async function receiptPdf(r: ReceiptArgs): Promise<Buffer> {
  const halves: Content[] = [];
  for (const [i, label] of r.copies.entries())
    halves.push({
      absolutePosition: { x: LEFT, y: i * HALF + mm(8) },
      stack: await copy(r, label),
    });
  const cut: Content[] =
    r.copies.length === 2
      ? [
          {
            absolutePosition: { x: 0, y: HALF },
            canvas: [
              { type: 'line', x1: mm(8), y1: 0, x2: a4.width - mm(8), y2: 0, lineWidth: 0.5, dash: { length: 4 } },
            ],
          },
        ]
      : [];
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [LEFT, mm(8), RIGHT, mm(4)],
    info: { title: r.documentTitle },
    content: [...halves, ...cut],
  });
}
