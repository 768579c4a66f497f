import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

// Runs in the page. A string, not a function: the test runner rewrites `import()` inside functions it compiles.
const renderFirstPage = `(async () => {
  const lib = await import(window.pdfjsUrl);
  const bytes = Uint8Array.from(atob(window.pdfData), (c) => c.charCodeAt(0));
  const doc = await lib.getDocument({ data: bytes }).promise;
  const first = await doc.getPage(1);
  const viewport = first.getViewport({ scale: 1.5 });
  const canvas = document.getElementById('pdf');
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  await first.render({ canvasContext: canvas.getContext('2d'), viewport, canvas }).promise;
  return doc.numPages;
})()`;

/**
 * Renders page 1 of a PDF in Chromium and saves it as PNG under e2e/screenshots/; answers the page count.
 * Headless Chromium has no PDF viewer (a PDF URL downloads), so the page runs pdf.js (the browser-capable build
 * unpdf ships) on a canvas, with the fonts and images embedded in the file.
 */
export async function savePdfFirstPage(context: BrowserContext, file: string, name: string): Promise<number> {
  const pdfjs = fs.readFileSync(path.resolve('node_modules/unpdf/dist/pdfjs.mjs'), 'utf8');
  const page = await context.newPage();
  try {
    await page.setContent('<html><body style="margin:0;background:#fff"><canvas id="pdf"></canvas></body></html>');
    await page.evaluate(
      ({ src, data }) => {
        const w = window as unknown as { pdfjsUrl: string; pdfData: string };
        w.pdfjsUrl = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
        w.pdfData = data;
      },
      { src: pdfjs, data: fs.readFileSync(file).toString('base64') },
    );
    const pages = await page.evaluate<number>(renderFirstPage);
    await page.locator('#pdf').screenshot({ path: path.join('e2e/screenshots', `${name}.png`) });
    return pages;
  } finally {
    await page.close();
  }
}
