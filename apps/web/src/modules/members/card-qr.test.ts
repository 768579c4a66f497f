import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { cardQrDataUrl } from './card-qr';

// The membership card's QR, read back as a phone would: from the PNG's pixels, with jsQR.
describe('membership card QR', () => {
  it('decodes to the verification URL and keeps a 4-module quiet zone', async () => {
    const url = 'https://congdoan.example.vn/the/xac-minh?c=QT-0001-000123&s=AbCdEf0123456789_-';
    const dataUrl = await cardQrDataUrl(url);
    const image = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
    const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(found?.data).toBe(url);
    // Side in modules = symbol (17 + 4 × version) + quiet zone on both sides.
    const modules = 17 + 4 * found!.version;
    // The finder patterns start the symbol: the leftmost dark pixel of any row is where the quiet zone ends.
    let firstDark = image.width;
    for (let y = 0; y < image.height; y++)
      for (let x = 0; x < firstDark; x++) if (image.data[(y * image.width + x) * 4]! < 128) firstDark = x;
    const perModule = image.width / (modules + 8);
    expect(Math.round(firstDark / perModule)).toBe(4);
  });
});
