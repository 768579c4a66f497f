import JSZip from 'jszip';

/**
 * A .docx opened the way a word processor reads it: the body XML, the header parts the section uses (by type),
 * the section properties, and the body's text with one space between runs, for assertions in tests.
 */
export async function openDocx(file: Buffer | Uint8Array | string) {
  const zip = await JSZip.loadAsync(file);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const rels = await read('word/_rels/document.xml.rels');
  const headers: Record<string, string> = {};
  for (const m of document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    headers[m[1]!] = await read(`word/${target}`);
  }
  const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(document)?.[0] ?? '';
  const textOf = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ');
  return { document, headers, sectPr, styles: await read('word/styles.xml'), text: textOf(document), textOf };
}

/** The paragraphs (<w:p>…</w:p>) of a part whose text contains `needle`. */
export function paragraphsWith(xml: string, needle: string): string[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)]
    .map((m) => m[0])
    .filter((p) => p.includes(needle));
}
