import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { decodeQrPng, renderQrSvg } from '../testing/qr-read-back';
import { qrPng, qrSvg } from './qr';

const url = 'https://congdoan.example.vn/the/xac-minh?c=QT-0001-000123&s=AbCdEf0123456789';

describe('QR codes for print', () => {
  it('writes SVGs with a size, a 4-module quiet zone and level Q, that decode back', async () => {
    const svg = renderQrSvg(await qrSvg(url));
    expect(svg).toMatchObject({ width: '200', height: '200', quietLeft: 4, quietTop: 4, ecLevel: 'Q' });
    expect(decodeQrPng(svg.png)).toBe(url);
  });

  it('writes PNGs that decode back', async () => {
    expect(decodeQrPng(await qrPng(url))).toBe(url);
  });

  it('reads the error correction level of other codes too (the reader is not fixed on Q)', async () => {
    for (const level of ['L', 'M', 'Q', 'H'] as const) {
      const svg = await QRCode.toString('x', { type: 'svg', errorCorrectionLevel: level, margin: 2 });
      expect(renderQrSvg(svg)).toMatchObject({ ecLevel: level, quietLeft: 2, width: null });
    }
  });
});
