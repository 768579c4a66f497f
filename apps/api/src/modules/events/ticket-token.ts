import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';

// The ticket signing key lives in the database (app_secrets, never audited), made on first use,
// so every API process signs and verifies with the same key.
const keys = new WeakMap<pg.Pool, Promise<Buffer>>();

export function ticketKey(pool: pg.Pool): Promise<Buffer> {
  let key = keys.get(pool);
  if (!key) {
    key = (async () => {
      await pool.query(`INSERT INTO app_secrets (name, value) VALUES ('ticket_hmac', $1) ON CONFLICT DO NOTHING`, [
        randomBytes(32).toString('base64url'),
      ]);
      const { rows } = await pool.query<{ value: string }>(`SELECT value FROM app_secrets WHERE name = 'ticket_hmac'`);
      return Buffer.from(rows[0]!.value, 'base64url');
    })();
    key.catch(() => keys.delete(pool));
    keys.set(pool, key);
  }
  return key;
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
