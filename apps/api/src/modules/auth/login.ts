import { AppError } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import { ipBlock } from './ip-block';
import { findKnownDevice, rememberDevice } from './known-device';
import { FREE_FAILURES, reserveAttempt, type ThrottleKey } from './login-throttle';
import { dummyPasswordHash, verifyPassword } from './password-hash';
import { newToken, sessionIdOf } from './sessions';
import { recordThrottleStart } from './throttle-alert';

type UserRow = {
  id: number;
  username: string;
  password_hash: string;
  disabled: boolean;
  login_throttle_cleared_at: Date | null;
};

export type LoginInput = {
  login: string;
  password: string;
  ip: string;
  userAgent: string | null;
  /** Known-device tokens from the browser's cookie (known-device.ts). */
  deviceTokens: string[];
  /** Where a sign-in delay starting is logged (warn). */
  warn: (data: Record<string, unknown>, message: string) => void;
};

/** Sign in with a username, email or phone. Returns the cookie token, the CSRF token and the device cookie. */
export async function login(
  ctx: Ctx,
  input: LoginInput,
): Promise<{ token: string; csrfToken: string; userId: number; deviceCookie: string }> {
  const loginKey = input.login.normalize('NFC').trim().toLowerCase();
  const { rows } = await ctx.pool.query<UserRow>(
    `SELECT id, username, password_hash, disabled, login_throttle_cleared_at FROM app_users
      WHERE username = $1 OR lower(email) = $1 OR phone = $1 LIMIT 1`,
    [loginKey],
  );
  const user = rows[0];
  const device = user ? await findKnownDevice(ctx.pool, user.id, input.deviceTokens) : null;
  const key: ThrottleKey = device
    ? { kind: 'device', deviceId: device.id, clearedAt: user!.login_throttle_cleared_at }
    : user
      ? { kind: 'account', userId: user.id, clearedAt: user.login_throttle_cleared_at }
      : { kind: 'login', login: loginKey };
  const attempt = await ctx.tx('auth.login_attempt', (tx) =>
    reserveAttempt(tx, { loginKey, ip: input.ip, ipBlock: ipBlock(input.ip), userId: user?.id ?? null, key }),
  );

  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) {
    const startsDelay = attempt.failuresBefore + 1 === FREE_FAILURES;
    await ctx.tx('auth.login_failed', async (tx) => {
      await auditEvent(tx, {
        action: 'auth.login_failed',
        entityType: 'app_users',
        entityId: user?.id ?? null,
        data: { login: loginKey, ip: input.ip, knownDevice: device !== null },
      });
      if (startsDelay) {
        await recordThrottleStart(tx, {
          loginKey,
          ip: input.ip,
          userId: user?.id ?? null,
          username: user?.username ?? null,
          key,
        });
      }
    });
    if (startsDelay) {
      // The account by id and username, not the email or phone that may have been typed (personal data in logs).
      const who = user ? { userId: user.id, username: user.username } : { login: loginKey };
      input.warn({ ...who, ip: input.ip, by: key.kind }, 'sign-in delay started');
    }
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
  const token = newToken();
  const csrfToken = newToken();
  const deviceCookie = await ctx.tx('auth.login', async (tx) => {
    await tx.query('UPDATE login_attempts SET success = true WHERE id = $1', [attempt.id]);
    await tx.query(
      `INSERT INTO sessions (id, user_id, csrf_token, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5, $6)`,
      [
        sessionIdOf(token),
        user.id,
        csrfToken,
        ctx.config.sessionMaxAge,
        input.ip,
        input.userAgent?.slice(0, 300) ?? null,
      ],
    );
    const cookie = await rememberDevice(tx, user.id, device, input.deviceTokens, input.userAgent);
    await tx.query(`SELECT set_config('app.actor_id', $1, true), set_config('app.actor_name', $2, true)`, [
      String(user.id),
      user.username,
    ]);
    await auditEvent(tx, {
      action: 'auth.login',
      entityType: 'app_users',
      entityId: user.id,
      data: { ip: input.ip, knownDevice: device !== null },
    });
    return cookie;
  });
  return { token, csrfToken, userId: user.id, deviceCookie };
}
