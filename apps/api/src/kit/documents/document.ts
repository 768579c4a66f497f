import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import { nd30Heading } from './heading';
import { documentKinds, documentNumber, type DocumentKind } from './number';
import { placeDateLine } from './place-date';
import { signatureBlock, twoSignatureBlock, type Signature } from './signature';
import { BODY_PT, FONT, centred } from './styles';

// A4 (210 × 297 mm) with Nghị định 30's margins: top and bottom 20 mm, left 30 mm, right 15 mm (twips).
export const A4 = { width: 11906, height: 16838 } as const;
export const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 851 } as const;

/** The page number, top centre, from page 2 on: the first page has its own, empty header (titlePg). */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
      }),
    ],
  });

/** Packs body blocks on A4 pages in the document font, page numbers from page 2. */
export async function packNd30(args: { title: string; children: (Paragraph | Table)[] }): Promise<Buffer> {
  const doc = new Document({
    title: args.title,
    creator: 'Công Đoàn Số',
    styles: { default: { document: { run: { font: FONT, size: BODY_PT * 2 } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: A4, margin: MARGINS } },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) },
        children: args.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export type Issuer = {
  /** Full names (fullUnitName), never "CĐCS …". */
  name: string;
  parentName: string | null;
  /** The symbol's issuer part: "LĐLĐ", "CĐCS" … (issuerAbbreviation). */
  abbreviation: string;
  place: string;
};

export type Nd30Args = {
  issuer: Issuer;
  kind: DocumentKind;
  /** The registered number if known; else the line is left for the clerk (see number.ts). */
  number?: number | null;
  date: Date | string;
  /** The title's second line, what the document is about: "Kết quả tổ chức Tháng Công nhân năm 2024". */
  summary: string;
  body: (Paragraph | Table)[];
  signature: Signature;
  /** Minutes: the secretary's signature, left of `signature` (who chaired); "Nơi nhận" then goes under both. */
  secretary?: Signature;
  /** Recipients before "Lưu: VT" (which is always added). */
  recipients: string[];
  /** A list or annex issued with the document (danh sách kèm theo): on its own page after the signature. */
  annex?: (Paragraph | Table)[];
};

/**
 * One administrative document in the Nghị định 30 layout: heading (issuer, motto, number, place and date),
 * title, the body, then "Nơi nhận" and the signature. Every .docx the product makes goes through here.
 */
export async function nd30Document(a: Nd30Args): Promise<Buffer> {
  const kind = documentKinds[a.kind];
  const letter = a.kind === 'letter';
  const title = letter
    ? []
    : [
        centred(kind.title, { style: { bold: true }, before: 360 }),
        centred(a.summary, { style: { bold: true }, after: 360 }),
      ];
  return packNd30({
    title: documentTitleOf(a),
    children: [
      nd30Heading({
        parentName: a.issuer.parentName,
        issuerName: a.issuer.name,
        number: documentNumber(a.kind, a.issuer.abbreviation, a.number),
        placeDate: placeDateLine(a.issuer.place, a.date),
        ...(letter ? { subject: letterSubject(a.summary) } : {}),
      }),
      ...title,
      ...a.body,
      new Paragraph({ children: [], spacing: { after: 240 } }),
      ...(a.secretary
        ? twoSignatureBlock(a.secretary, a.signature, a.recipients)
        : [signatureBlock(a.signature, a.recipients)]),
      ...(a.annex?.length ? [new Paragraph({ children: [], pageBreakBefore: true }), ...a.annex] : []),
    ],
  });
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The file's title (its metadata): "Báo cáo tổng hợp …", or a letter's summary. */
export function documentTitleOf(a: Pick<Nd30Args, 'kind' | 'summary'>): string {
  const kind = documentKinds[a.kind];
  return a.kind === 'letter'
    ? a.summary
    : `${kind.title.charAt(0)}${kind.title.slice(1).toLowerCase()} ${lowerFirst(a.summary)}`;
}

/** A letter's "V/v …" line under its number. */
export const letterSubject = (summary: string) => `V/v ${lowerFirst(summary)}`;
