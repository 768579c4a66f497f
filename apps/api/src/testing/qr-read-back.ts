import jsQR from 'jsqr';
import { PNG } from 'pngjs';

// Reading QR codes back the way a phone does: from pixels, with jsQR.

/** Decode the QR code in a PNG; null when none is found. */
export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

export type SvgQr = {
  width: string | null;
  height: string | null;
  /** Side of the viewBox in modules, quiet zone included. */
  side: number;
  /** Empty modules between the edge and the first dark module, on the left and on the top. */
  quietLeft: number;
  quietTop: number;
  /** Error correction level, read from the format bits beside the top-left finder. */
  ecLevel: 'L' | 'M' | 'Q' | 'H';
  /** The SVG rendered to a PNG, `scale` pixels per module. */
  png: Buffer;
};

/**
 * Render the SVG the qrcode library writes (one stroked path of horizontal runs: "M x y.5 h n m dx 0 …")
 * to a PNG. Only that dialect is understood; anything else throws, so a changed renderer is noticed.
 */
export function renderQrSvg(svg: string, scale = 6): SvgQr {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/.exec(svg)?.[1];
  if (!side || !d) throw new Error('not a qrcode SVG');
  const dark: boolean[][] = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
  let x = 0;
  let y = 0;
  for (const [, cmd, a, b] of d.matchAll(/([MmHh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const n = Number(a);
    if (cmd === 'M') [x, y] = [n, Number(b)];
    else if (cmd === 'm') [x, y] = [x + n, y + Number(b ?? 0)];
    else if (cmd === 'h') {
      for (let i = 0; i < n; i++) dark[Math.floor(y)]![x + i] = true;
      x += n;
    } else throw new Error(`unexpected path command ${cmd}`);
  }
  const png = new PNG({ width: side * scale, height: side * scale });
  for (let py = 0; py < side * scale; py++)
    for (let px = 0; px < side * scale; px++) {
      const v = dark[Math.floor(py / scale)]![Math.floor(px / scale)] ? 0 : 255;
      const o = (py * side * scale + px) * 4;
      png.data[o] = png.data[o + 1] = png.data[o + 2] = v;
      png.data[o + 3] = 255;
    }
  const quietTop = dark.findIndex((row) => row.some(Boolean));
  const quietLeft = Math.min(...dark.map((row) => row.indexOf(true)).filter((i) => i >= 0));
  // Format bits 14 and 13 sit at row 8, columns 0 and 1, XOR-masked with 1 and 0 (ISO/IEC 18004 7.9).
  const level = (((dark[quietTop + 8]![quietLeft] ? 1 : 0) ^ 1) << 1) | (dark[quietTop + 8]![quietLeft + 1] ? 1 : 0);
  return {
    ecLevel: (['M', 'L', 'H', 'Q'] as const)[level]!,
    width: /<svg[^>]* width="([^"]+)"/.exec(svg)?.[1] ?? null,
    height: /<svg[^>]* height="([^"]+)"/.exec(svg)?.[1] ?? null,
    side,
    quietLeft,
    quietTop,
    png: PNG.sync.write(png),
  };
}
