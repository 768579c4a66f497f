import {
  documentKinds,
  documentNumber,
  documentTitleOf,
  letterSubject,
  placeDateLine,
  recipientLines,
  type Block,
  type Nd30Content,
  type Signature,
} from '../documents';
import { administrativeHeader, documentTitle, paragraph } from './administrative';
import { a4Document, heading, mm, renderPdf, table, type Content } from './pdf';

// The PDF twin of kit/documents' nd30Document: the same Nd30Content (frame and body blocks) drawn with pdfmake,
// so a document offered as .docx and as PDF says the same thing in both. The page number stands top centre from
// page 2 on, as in the .docx.

function block(b: Block): Content {
  if ('heading' in b) return heading(b.heading);
  if ('table' in b) {
    // figures (numbered rows, counts) as narrow as they need, text columns share the rest
    const numeric = b.table.numeric ?? [];
    const widths = b.table.head.map((_, i) => (numeric.includes(i) ? 'auto' : '*'));
    return table(b.table.head, b.table.rows, widths, { numeric });
  }
  const runs =
    typeof b.paragraph === 'string'
      ? b.paragraph
      : b.paragraph.map((r) => ({ text: r.text, bold: r.bold ?? false, italics: r.italics ?? false }));
  // a lead-in line goes to the next page with what it introduces, like a heading
  return paragraph(runs, b.keepNext ? { headlineLevel: 1 } : {});
}

const signer = (s: Signature): Content => ({
  alignment: 'center',
  unbreakable: true,
  stack: [
    ...(s.authority ? [{ text: s.authority, bold: true }] : []),
    { text: s.title, bold: true },
    // room for the signature and the seal (about 3 cm, as in the .docx)
    { text: s.name || ' ', bold: true, margin: [0, mm(28), 0, 0] },
  ],
});

const recipients = (list: string[], frame: { width?: string; margin?: [number, number, number, number] } = {}) => ({
  ...frame,
  stack: [
    { text: 'Nơi nhận:', bold: true, italics: true, fontSize: 11 },
    ...recipientLines(list).map((line) => ({ text: line, fontSize: 10 })),
  ],
});

function closing(c: Nd30Content): Content {
  if (c.secretary)
    return {
      unbreakable: true,
      margin: [0, 16, 0, 0],
      stack: [
        { columns: [signer(c.secretary), signer(c.signature)] },
        recipients(c.recipients, { margin: [0, 12, 0, 0] }),
      ],
    };
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    columns: [recipients(c.recipients, { width: '45%' }), { width: '55%', stack: [signer(c.signature)] }],
  };
}

/** The content as a Nghị định 30 PDF (A4, the .docx's margins). */
export async function nd30Pdf(c: Nd30Content): Promise<Buffer> {
  const kind = documentKinds[c.kind];
  const letter = c.kind === 'letter';
  const content: Content[] = [
    administrativeHeader({
      parentName: c.issuer.parentName,
      unitName: c.issuer.name,
      number: documentNumber(c.kind, c.issuer.abbreviation, c.number),
      placeDate: placeDateLine(c.issuer.place, c.date),
      ...(letter ? { subject: letterSubject(c.summary) } : {}),
    }),
    ...(letter ? [] : [documentTitle(kind.title, c.summary)]),
    ...c.body.map(block),
    closing(c),
  ];
  const doc = a4Document({ title: documentTitleOf(c), content });
  return renderPdf({
    ...doc,
    defaultStyle: { fontSize: 12 },
    header: (page: number) =>
      page > 1 ? { id: 'page-header', text: String(page), alignment: 'center', margin: [0, mm(10), 0, 0] } : null,
    footer: undefined,
  });
}
