import { createHmac, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { signingKey } from '../../kit/signing-keys';

function signature(key: Buffer, cardNumber: string): string {
  return createHmac('sha256', key).update(`card:v1:${cardNumber}`).digest('base64url').slice(0, 22);
}

/** The URL printed as a QR code: card number + signature, no personal data. */
export async function verificationUrl(pool: pg.Pool, publicUrl: string, cardNumber: string): Promise<string> {
  const sig = signature(await signingKey(pool, 'card'), cardNumber);
  return `${publicUrl.replace(/\/$/, '')}/xac-minh-the?so=${encodeURIComponent(cardNumber)}&ky=${sig}`;
}

export async function verifySignature(pool: pg.Pool, cardNumber: string, sig: string): Promise<boolean> {
  const expected = Buffer.from(signature(await signingKey(pool, 'card'), cardNumber));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
