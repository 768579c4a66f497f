import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Tx } from '../../db/tx';

// A browser that signed in successfully gets a long-lived random token (only its hash is stored). Its presence
// exempts that browser from the account's sign-in delay: the owner is not locked out by strangers' failures.
// It does not skip the password check or the per-IP limit, and the device keeps its own failure count.
// Several accounts may share an office computer, so the cookie holds up to MAX_TOKENS tokens.
export const DEVICE_COOKIE = 'cd_device';
export const DEVICE_DAYS = 180;
const MAX_TOKENS = 5;
const MAX_DEVICES_PER_USER = 20;
const TOKEN = /^[\w-]{43}$/;

function hashOf(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** The well-formed tokens in the cookie, at most MAX_TOKENS; anything else is ignored. */
export function parseDeviceCookie(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split('.')
    .filter((t) => TOKEN.test(t))
    .slice(0, MAX_TOKENS);
}

/** The known device of this user among the cookie's tokens, if any is still valid. */
export async function findKnownDevice(
  db: pg.Pool | Tx,
  userId: number,
  tokens: string[],
): Promise<{ id: number; token: string } | null> {
  if (tokens.length === 0) return null;
  const hashes = tokens.map(hashOf);
  const { rows } = await db.query<{ id: number; token_hash: Buffer }>(
    `SELECT id, token_hash FROM known_devices
      WHERE user_id = $1 AND token_hash = ANY($2::bytea[]) AND last_used_at > now() - make_interval(days => $3)
      LIMIT 1`,
    [userId, hashes, DEVICE_DAYS],
  );
  const row = rows[0];
  if (!row) return null;
  return { id: row.id, token: tokens[hashes.findIndex((h) => h.equals(row.token_hash))]! };
}

/**
 * After a successful sign-in: refresh this browser's device for the user, or remember a new one.
 * Returns the cookie value: the user's token first, then the other accounts' tokens already in the cookie.
 */
export async function rememberDevice(
  tx: Tx,
  userId: number,
  known: { id: number; token: string } | null,
  cookieTokens: string[],
  userAgent: string | null,
): Promise<string> {
  let token = known?.token;
  if (known) {
    await tx.query('UPDATE known_devices SET last_used_at = now() WHERE id = $1', [known.id]);
  } else {
    token = randomBytes(32).toString('base64url');
    await tx.query('INSERT INTO known_devices (user_id, token_hash, user_agent) VALUES ($1, $2, $3)', [
      userId,
      hashOf(token),
      userAgent?.slice(0, 300) ?? null,
    ]);
    // Scripts that never keep cookies would add a row per sign-in: keep the user's most recent ones only.
    await tx.query(
      `DELETE FROM known_devices WHERE user_id = $1 AND (last_used_at < now() - make_interval(days => $2)
          OR id NOT IN (SELECT id FROM known_devices WHERE user_id = $1 ORDER BY last_used_at DESC, id DESC LIMIT $3))`,
      [userId, DEVICE_DAYS, MAX_DEVICES_PER_USER],
    );
  }
  return [token!, ...cookieTokens.filter((t) => t !== token)].slice(0, MAX_TOKENS).join('.');
}
