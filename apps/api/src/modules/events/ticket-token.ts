import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { signingKey } from '../../kit/signing-keys';

/** The ticket signing key (kit/signing-keys.ts). */
export function ticketKey(pool: pg.Pool): Promise<Buffer> {
  return signingKey(pool, 'ticket');
}

export function newTicketCode(): string {
  return randomBytes(12).toString('base64url');
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, 16);

/** "eventId.code.signature": what the QR code holds and staff may type. */
export function signTicket(key: Buffer, eventId: number, code: string): string {
  return `${eventId}.${code}.${mac(key, `${eventId}.${code}`).toString('base64url')}`;
}

/** The event id and code of a genuine token, or null for anything forged or malformed. */
export function verifyTicket(key: Buffer, token: string): { eventId: number; code: string } | null {
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})$/.exec(token.trim());
  if (!m) return null;
  const expected = mac(key, `${m[1]}.${m[2]}`);
  const given = Buffer.from(m[3]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { eventId: Number(m[1]), code: m[2]! };
}
