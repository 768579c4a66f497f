import QRCode from 'qrcode';
import { printQr } from '@congdoan/domain';

/**
 * The card's QR code as a PNG data URL, with the print settings the server's QR codes use (level Q,
 * 4-module quiet zone). Drawn at twice its on-card size so it stays sharp when printed.
 */
export function cardQrDataUrl(verifyUrl: string): Promise<string> {
  return QRCode.toDataURL(verifyUrl, { ...printQr, width: 240 });
}
