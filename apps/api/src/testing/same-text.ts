import { openDocx } from './docx';
import { openPdf } from './pdf';

// whitespace as one space; a line broken after a hyphen ("GDNN-⏎GDTX") joined again
const squeeze = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/(\p{L})- (?=\p{L})/gu, '$1-')
    .trim();

/**
 * The paragraphs of a .docx whose text is not found in a PDF of the same document (whitespace aside): [] when the
 * PDF says everything the .docx says. Empty paragraphs and the page-number header are not compared.
 */
export async function docxParagraphsMissingFromPdf(docx: Buffer | Uint8Array, pdf: Buffer | Uint8Array) {
  const d = await openDocx(docx);
  const paragraphs = [...d.document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((m) => squeeze([...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')))
    .map((p) =>
      p
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    )
    .filter(Boolean);
  // nd30Pdf draws a page's number after its content: drop it, or a paragraph running over a page break breaks
  const pages = (await openPdf(pdf)).text.map((t, i) => (i === 0 ? t : t.replace(new RegExp(`\\s*${i + 1}\\s*$`), '')));
  const text = squeeze(pages.join(' '));
  return { paragraphs, missing: paragraphs.filter((p) => !text.includes(p)), pdfText: text };
}
