import QRCode from 'qrcode';
import { printQr, QR_SIZE_PX } from '@congdoan/domain';

/**
 * A QR code as SVG with its width and height set (an SVG with only a viewBox renders at whatever size
 * its container guesses: 33 px on the ticket page) and the print settings every QR code shares.
 */
export function qrSvg(text: string, sizePx = QR_SIZE_PX): Promise<string> {
  return QRCode.toString(text, { type: 'svg', ...printQr, width: sizePx });
}

/** The same code as a PNG (for documents that embed images). */
export function qrPng(text: string, sizePx = QR_SIZE_PX): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', ...printQr, width: sizePx });
}
