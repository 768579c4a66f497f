import type pg from 'pg';
import { AppError } from '@congdoan/domain';

// Lock-out rules: 5 failed sign-ins for one login, or 30 from one IP address, within 15 minutes.
export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_IP = 30;

/** Throws ACCOUNT_LOCKED or TOO_MANY_ATTEMPTS while a login or an IP is over its limit. */
export async function assertNotThrottled(pool: pg.Pool, login: string, ip: string): Promise<void> {
  const { rows } = await pool.query<{
    login_failures: number;
    login_unlock: number;
    ip_failures: number;
    ip_unlock: number;
  }>(
    `WITH since AS (
       SELECT greatest(now() - make_interval(mins => $3),
                       coalesce((SELECT max(at) FROM login_attempts WHERE login = $1 AND success), '-infinity')) AS t)
     SELECT
       (SELECT count(*) FROM login_attempts, since WHERE login = $1 AND NOT success AND at > since.t)::int AS login_failures,
       (SELECT ceil(extract(epoch FROM (min(at) + make_interval(mins => $3) - now())) / 60)
          FROM (SELECT at FROM login_attempts, since WHERE login = $1 AND NOT success AND at > since.t
                 ORDER BY at DESC LIMIT $4) last)::int AS login_unlock,
       (SELECT count(*) FROM login_attempts WHERE ip = $2 AND NOT success
          AND at > now() - make_interval(mins => $3))::int AS ip_failures,
       (SELECT ceil(extract(epoch FROM (min(at) + make_interval(mins => $3) - now())) / 60)
          FROM (SELECT at FROM login_attempts WHERE ip = $2 AND NOT success AND at > now() - make_interval(mins => $3)
                 ORDER BY at DESC LIMIT $5) last)::int AS ip_unlock`,
    [login, ip, WINDOW_MINUTES, MAX_FAILURES_PER_LOGIN, MAX_FAILURES_PER_IP],
  );
  const r = rows[0]!;
  if (r.login_failures >= MAX_FAILURES_PER_LOGIN) {
    throw new AppError('ACCOUNT_LOCKED', { minutes: Math.max(1, r.login_unlock) });
  }
  if (r.ip_failures >= MAX_FAILURES_PER_IP) {
    throw new AppError('TOO_MANY_ATTEMPTS', { minutes: Math.max(1, r.ip_unlock) });
  }
}
