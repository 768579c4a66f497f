import { AppError, isStrongPassword } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { requireActor } from '../../context/context';
import { hashPassword, verifyPassword } from './password-hash';

/** Change one's own password; other sessions of the user end, this one stays. */
export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const actor = requireActor(ctx);
  const { rows } = await ctx.pool.query<{ password_hash: string }>(
    'SELECT password_hash FROM app_users WHERE id = $1',
    [actor.userId],
  );
  const stored = rows[0]?.password_hash;
  if (!stored || !(await verifyPassword(stored, input.currentPassword))) throw new AppError('WRONG_CURRENT_PASSWORD');
  if (input.newPassword === input.currentPassword) throw new AppError('PASSWORD_REUSED');
  if (!isStrongPassword(input.newPassword, actor.username)) throw new AppError('WEAK_PASSWORD');
  const newHash = await hashPassword(input.newPassword);
  await ctx.tx('auth.change_password', async (tx) => {
    await tx.query(
      `UPDATE app_users SET password_hash = $2, must_change_password = false, password_changed_at = now(), updated_at = now()
        WHERE id = $1`,
      [actor.userId, newHash],
    );
    await tx.query('DELETE FROM sessions WHERE user_id = $1 AND id <> $2', [actor.userId, actor.sessionId]);
  });
}
