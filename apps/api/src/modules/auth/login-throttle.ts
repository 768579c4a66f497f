import { AppError } from '@congdoan/domain';
import type { Tx } from '../../db/tx';

// Per account (or per known device): 5 failures in 24 h are free, then each attempt must wait after the last
// failure, 1 min doubling per failure up to 15 min. Nothing locks: the owner's known device has its own count, an
// administrator can clear the account's, and a success from a new device starts over.
export const FREE_FAILURES = 5;
export const ACCOUNT_WINDOW_HOURS = 24;
export const FIRST_DELAY_SECONDS = 60;
export const MAX_DELAY_SECONDS = 15 * 60;
// Per client address block (ip-block.ts): 30 failures in 15 min, whoever they were for, then wait.
export const IP_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_IP = 30;

/** Seconds to wait after the last failure once an account or device has `failures` of them. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES));
}

/** Whose failures count: the known device the request came from, else the account, else the login typed. */
export type ThrottleKey =
  | { kind: 'device'; deviceId: number; clearedAt: Date | null }
  | { kind: 'account'; userId: number; clearedAt: Date | null }
  | { kind: 'login'; login: string };

export type Attempt = { loginKey: string; ip: string; ipBlock: string; userId: number | null; key: ThrottleKey };

// Failures since the last reset: the window start, the key's last success, or an administrator's clear.
const failuresSql: Record<ThrottleKey['kind'], string> = {
  device: `WITH since AS (SELECT greatest(now() - make_interval(hours => $2), $3::timestamptz,
             (SELECT max(at) FROM login_attempts WHERE device_id = $1 AND success)) AS t)
           SELECT count(*)::int AS n, extract(epoch FROM now() - max(at))::float8 AS ago
             FROM login_attempts, since WHERE device_id = $1 AND NOT success AND at > since.t`,
  account: `WITH since AS (SELECT greatest(now() - make_interval(hours => $2), $3::timestamptz,
              (SELECT max(at) FROM login_attempts WHERE user_id = $1 AND device_id IS NULL AND success)) AS t)
            SELECT count(*)::int AS n, extract(epoch FROM now() - max(at))::float8 AS ago
              FROM login_attempts, since WHERE user_id = $1 AND device_id IS NULL AND NOT success AND at > since.t`,
  login: `SELECT count(*)::int AS n, extract(epoch FROM now() - max(at))::float8 AS ago FROM login_attempts
           WHERE login = $1 AND user_id IS NULL AND NOT success AND at > now() - make_interval(hours => $2)`,
};

function keyParams(key: ThrottleKey): unknown[] {
  if (key.kind === 'device') return [key.deviceId, ACCOUNT_WINDOW_HOURS, key.clearedAt];
  if (key.kind === 'account') return [key.userId, ACCOUNT_WINDOW_HOURS, key.clearedAt];
  return [key.login, ACCOUNT_WINDOW_HOURS];
}

function lockName(key: ThrottleKey): string {
  if (key.kind === 'device') return `login:device:${key.deviceId}`;
  if (key.kind === 'account') return `login:user:${key.userId}`;
  return `login:name:${key.login}`;
}

function wait(seconds: number) {
  const s = Math.max(1, Math.ceil(seconds));
  return { minutes: Math.ceil(s / 60), retryAfterSeconds: s };
}

/**
 * Check the limits and record the attempt as a failure *before* the password is verified, under advisory locks on
 * the key and the address block, so parallel requests cannot all slip through while the count is low. The caller
 * marks the row a success afterwards. Throws TOO_MANY_ATTEMPTS or LOGIN_DELAYED (429, with retryAfterSeconds).
 * Returns the row id and how many failures the key had before this attempt.
 */
export async function reserveAttempt(tx: Tx, a: Attempt): Promise<{ id: number; failuresBefore: number }> {
  // Holders keep these locks for three short queries; the timeout only guards against a stuck database.
  await tx.query("SET LOCAL lock_timeout = '5s'");
  // Always the key first, then the address block: one order, so two logins cannot deadlock.
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockName(a.key)]);
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`login:ip:${a.ipBlock}`]);

  const ip = await tx.query<{ n: number; oldest_ago: number | null }>(
    `SELECT count(*)::int AS n, extract(epoch FROM now() - min(at))::float8 AS oldest_ago
       FROM (SELECT at FROM login_attempts WHERE ip_block = $1 AND NOT success
               AND at > now() - make_interval(mins => $2) ORDER BY at DESC LIMIT $3) recent`,
    [a.ipBlock, IP_WINDOW_MINUTES, MAX_FAILURES_PER_IP],
  );
  const { n: ipFailures, oldest_ago } = ip.rows[0]!;
  if (ipFailures >= MAX_FAILURES_PER_IP) {
    throw new AppError('TOO_MANY_ATTEMPTS', wait(IP_WINDOW_MINUTES * 60 - (oldest_ago ?? 0)));
  }

  const { rows } = await tx.query<{ n: number; ago: number | null }>(failuresSql[a.key.kind], keyParams(a.key));
  const { n, ago } = rows[0]!;
  const remaining = delayAfter(n) - (ago ?? 0);
  if (remaining > 0) throw new AppError('LOGIN_DELAYED', wait(remaining));

  const inserted = await tx.query<{ id: number }>(
    `INSERT INTO login_attempts (login, ip, ip_block, user_id, device_id, success)
     VALUES ($1, $2, $3, $4, $5, false) RETURNING id`,
    [a.loginKey, a.ip, a.ipBlock, a.userId, a.key.kind === 'device' ? a.key.deviceId : null],
  );
  return { id: inserted.rows[0]!.id, failuresBefore: n };
}
