import type { Paragraph, Table } from 'docx';
import { nd30Document, type Nd30Args } from './document';
import { dataTable, heading, paragraph, text } from './styles';

// A document's body written once and drawn twice: as .docx here (nd30Docx) and as PDF in kit/pdf (nd30Pdf).
// A use case builds its Nd30Content from its records; the two formats can then never say different things.

/** A piece of a paragraph with its emphasis. */
export type Run = { text: string; bold?: boolean; italics?: boolean };

export type Block =
  /** A section heading ("I. THÀNH PHẦN THAM DỰ"), kept with what follows. */
  | { heading: string }
  /** A body paragraph (justified, 1 cm first-line indent); `keepNext` for a lead-in line. */
  | { paragraph: string | Run[]; keepNext?: boolean }
  /** A data table: bold header repeated on each page, rows that do not split, `numeric` columns right-aligned. */
  | { table: { head: string[]; rows: string[][]; numeric?: number[] } };

/** Everything a Nghị định 30 document says: the frame (issuer, kind, number, date, signature…) and its body. */
export type Nd30Content = Omit<Nd30Args, 'body'> & { body: Block[] };

/** The body blocks as docx paragraphs and tables, in the kit's body styles. */
export function docxBlocks(blocks: Block[]): (Paragraph | Table)[] {
  return blocks.map((b) => {
    if ('heading' in b) return heading(b.heading);
    if ('table' in b) return dataTable(b.table.head, b.table.rows, { numeric: b.table.numeric ?? [] });
    const runs =
      typeof b.paragraph === 'string'
        ? b.paragraph
        : b.paragraph.map((r) => text(r.text, { bold: r.bold ?? false, italics: r.italics ?? false }));
    return paragraph(runs, { keepNext: b.keepNext ?? false });
  });
}

/** The content as a Nghị định 30 .docx. */
export const nd30Docx = (c: Nd30Content): Promise<Buffer> => nd30Document({ ...c, body: docxBlocks(c.body) });
