import fs from 'node:fs';
import path from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fontFiles, fontsFolder } from './fonts';

export type { Content, TableCell, TDocumentDefinitions };

/** Millimetres to PDF points (1 pt = 1/72 inch). */
export const mm = (v: number) => (v * 72) / 25.4;

/** A4 portrait in points. */
export const a4 = { width: 595.28, height: 841.89 } as const;

// pdfmake (server build) may read local files and fetch URLs named in a document; ours name neither: the fonts
// go into its virtual file system once, images are data URLs. Both policies refuse everything else.
let ready = false;
function setUp() {
  if (ready) return;
  const engine = pdfmake as unknown as {
    virtualfs: { writeFileSync(name: string, content: Buffer): void };
    setUrlAccessPolicy(f: (url: string) => boolean): void;
    setLocalAccessPolicy(f: (p: string) => boolean): void;
  };
  for (const file of Object.values(fontFiles))
    engine.virtualfs.writeFileSync(file, fs.readFileSync(path.join(fontsFolder, file)));
  pdfmake.setFonts({ Roboto: { ...fontFiles } });
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy(() => false);
  ready = true;
}

/** Renders a document definition to PDF bytes (Roboto, Vietnamese metadata). */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  setUp();
  return pdfmake
    .createPdf({
      ...doc,
      defaultStyle: { font: 'Roboto', fontSize: 11, ...doc.defaultStyle },
      info: { creator: 'Công Đoàn Số', producer: 'Công Đoàn Số (pdfmake)', ...doc.info },
    })
    .getBuffer();
}

/**
 * An A4 document for printing: 20 mm top and bottom, 30 mm left, 15 mm right (the Nghị định 30 margins), an
 * optional running header and "Trang x/y" centred in the footer.
 */
export function a4Document(args: {
  title: string;
  content: Content;
  header?: string;
  landscape?: boolean;
}): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: args.landscape ? 'landscape' : 'portrait',
    pageMargins: [mm(30), mm(20), mm(15), mm(20)],
    info: { title: args.title },
    header: args.header
      ? () => ({
          id: 'page-header',
          text: args.header!,
          fontSize: 8,
          color: '#555',
          margin: [mm(30), mm(10), mm(15), 0],
        })
      : undefined,
    footer: (page, pages) => ({
      id: 'page-footer',
      text: `Trang ${page}/${pages}`,
      alignment: 'center',
      fontSize: 9,
      margin: [0, mm(8), 0, 0],
    }),
    // keeps a heading (headlineLevel 1) with what follows: a heading that ends a page moves to the next one
    // (pdfmake counts the running header and footer as following nodes: they carry ids to be told apart)
    pageBreakBefore: (node, q) =>
      node.headlineLevel === 1 &&
      !q.getFollowingNodesOnPage().some((n) => n.id !== 'page-header' && n.id !== 'page-footer'),
    content: args.content,
  };
}

/**
 * A bordered table with a bold header row repeated on every page; `widths` as pdfmake takes them
 * ('auto', '*', or points); `numeric` columns right-aligned.
 */
export function table(
  head: string[],
  rows: (string | number)[][],
  widths?: (string | number)[],
  opts: { rowHeight?: number; numeric?: number[] } = {},
): Content {
  const numeric = new Set(opts.numeric ?? []);
  return {
    table: {
      headerRows: 1,
      // a row tall enough to sign in (attendance sheets); the header keeps its natural height
      ...(opts.rowHeight ? { heights: (row: number) => (row === 0 ? 'auto' : opts.rowHeight!) } : {}),
      dontBreakRows: true,
      widths: widths ?? head.map(() => '*'),
      body: [
        head.map((h) => ({ text: h, bold: true, fillColor: '#eeeeee' })),
        ...rows.map((row) =>
          row.map((c, i): TableCell => (numeric.has(i) ? { text: String(c), alignment: 'right' } : String(c))),
        ),
      ],
    },
    fontSize: 10,
    margin: [0, 4, 0, 8],
  };
}

/** A bold section heading kept with what follows it. */
export const heading = (text: string, size = 12): Content => ({
  text,
  bold: true,
  fontSize: size,
  margin: [0, 8, 0, 4],
  headlineLevel: 1,
});
