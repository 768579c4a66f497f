import jsQR from 'jsqr';
import { extractImages, extractText, getDocumentProxy } from 'unpdf';

// pdf.js (inside unpdf) calls ArrayBuffer.prototype.transferToFixedLength (Node 22+) when it reads fonts; on
// Node 20 (the engines floor) it would skip the page's operators silently and find no images. A copy is enough.
const proto = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (n?: number) => ArrayBuffer };
proto.transferToFixedLength ??= function (this: ArrayBuffer, length?: number) {
  const out = new ArrayBuffer(length ?? this.byteLength);
  new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(this.byteLength, out.byteLength)));
  return out;
};

/** A downloaded PDF opened the way a reader does (pdf.js): its pages' text, page count and page sizes. */
export async function openPdf(body: Buffer | Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { totalPages, text } = await extractText(pdf, { mergePages: false });
  const sizes: number[][] = [];
  for (let p = 1; p <= totalPages; p++) sizes.push((await pdf.getPage(p)).view);
  return { pdf, pages: totalPages, text: text, sizes };
}

/** A page's text items with their height on the page (pdf.js: y from the bottom), blank ones left out. */
export async function textItems(body: Buffer | Uint8Array, page = 1) {
  const pdf = await openPdf(body);
  const items = (await (await pdf.pdf.getPage(page)).getTextContent()).items as { str: string; transform: number[] }[];
  return { pdf, items: items.filter((i) => i.str.trim()).map((i) => ({ str: i.str, y: i.transform[5]! })) };
}

/** True when every page is A4 portrait (595.28 × 841.89 pt, within rounding). */
export const isA4 = (sizes: number[][]) =>
  sizes.every(([x0, y0, x1, y1]) => Math.abs(x1! - x0! - 595.28) < 1 && Math.abs(y1! - y0! - 841.89) < 1);

/** Every QR code embedded as an image on a page, decoded with jsQR from the pixels pdf.js extracts. */
export async function qrCodesOnPage(body: Buffer | Uint8Array, page: number): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const found: string[] = [];
  for (const img of await extractImages(pdf, page)) {
    const rgba = new Uint8ClampedArray(img.width * img.height * 4);
    for (let i = 0; i < img.width * img.height; i++) {
      for (let c = 0; c < 3; c++) rgba[i * 4 + c] = img.data[i * img.channels + (img.channels === 1 ? 0 : c)]!;
      rgba[i * 4 + 3] = 255;
    }
    const code = jsQR(rgba, img.width, img.height);
    if (code) found.push(code.data);
  }
  return found;
}
