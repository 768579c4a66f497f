import QRCode from 'qrcode';

/**
 * A QR code as a PNG data URL for a printed page: 4-module quiet zone (ISO/IEC 18004), error correction M,
 * 8 px per module so a printer does not blur modules together when pdfmake scales it to a few centimetres.
 */
export function qrPngDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, scale: 8 });
}
