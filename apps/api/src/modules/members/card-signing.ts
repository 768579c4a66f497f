import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';

/**
 * The HMAC key for card verification URLs lives in the database (card_signing_keys, one row made
 * on first use), so every API process signs alike and a restore keeps printed cards valid.
 */
async function signingKey(pool: pg.Pool): Promise<Buffer> {
  await pool.query('INSERT INTO card_signing_keys (id, secret) VALUES (1, $1) ON CONFLICT DO NOTHING', [
    randomBytes(32).toString('hex'),
  ]);
  const { rows } = await pool.query<{ secret: string }>('SELECT secret FROM card_signing_keys WHERE id = 1');
  return Buffer.from(rows[0]!.secret, 'hex');
}

function signature(key: Buffer, cardNumber: string): string {
  return createHmac('sha256', key).update(`card:v1:${cardNumber}`).digest('base64url').slice(0, 22);
}

/** The URL printed as a QR code: card number + signature, no personal data. */
export async function verificationUrl(pool: pg.Pool, publicUrl: string, cardNumber: string): Promise<string> {
  const sig = signature(await signingKey(pool), cardNumber);
  return `${publicUrl.replace(/\/$/, '')}/xac-minh-the?so=${encodeURIComponent(cardNumber)}&ky=${sig}`;
}

export async function verifySignature(pool: pg.Pool, cardNumber: string, sig: string): Promise<boolean> {
  const expected = Buffer.from(signature(await signingKey(pool), cardNumber));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
