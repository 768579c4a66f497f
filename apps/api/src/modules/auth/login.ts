import { AppError } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import { assertNotThrottled } from './login-throttle';
import { dummyPasswordHash, verifyPassword } from './password-hash';
import { newToken, sessionIdOf } from './sessions';

type UserRow = { id: number; username: string; password_hash: string; disabled: boolean };

/** Sign in with a username, email or phone. Returns the cookie token and the CSRF token. */
export async function login(
  ctx: Ctx,
  input: { login: string; password: string; ip: string; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; userId: number }> {
  const loginKey = input.login.normalize('NFC').trim().toLowerCase();
  await assertNotThrottled(ctx.pool, loginKey, input.ip);
  const { rows } = await ctx.pool.query<UserRow>(
    `SELECT id, username, password_hash, disabled FROM app_users
      WHERE username = $1 OR lower(email) = $1 OR phone = $1 LIMIT 1`,
    [loginKey],
  );
  const user = rows[0];
  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) {
    await ctx.tx('auth.login_failed', async (tx) => {
      await tx.query('INSERT INTO login_attempts (login, ip, success) VALUES ($1, $2, false)', [loginKey, input.ip]);
      await auditEvent(tx, {
        action: 'auth.login_failed',
        entityType: 'app_users',
        entityId: user?.id ?? null,
        data: { login: loginKey, ip: input.ip },
      });
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
  const token = newToken();
  const csrfToken = newToken();
  await ctx.tx('auth.login', async (tx) => {
    await tx.query('INSERT INTO login_attempts (login, ip, success) VALUES ($1, $2, true)', [loginKey, input.ip]);
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
    await tx.query(`SELECT set_config('app.actor_id', $1, true), set_config('app.actor_name', $2, true)`, [
      String(user.id),
      user.username,
    ]);
    await auditEvent(tx, { action: 'auth.login', entityType: 'app_users', entityId: user.id, data: { ip: input.ip } });
  });
  return { token, csrfToken, userId: user.id };
}
