import QRCode from 'qrcode';

/**
 * A QR code as a PNG data URL for a printed page: 4-module quiet zone (ISO/IEC 18004), error correction M,
 * 4 px per module. pdfmake scales the image to its printed size (25–45 mm) and a module stays a crisp 0.7–1.2 mm
 * square; more pixels only slowed card sheets (PNG encoding and embedding per card).
 */
export function qrPngDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, scale: 4 });
}
