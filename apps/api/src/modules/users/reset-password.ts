import { AppError } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { generateTemporaryPassword, hashPassword } from '../auth';
import { findManagedUser } from './users.queries';

/** An administrator's reset: a new one-time password, forced change at next login, all sessions ended. */
export async function resetPassword(ctx: Ctx, userId: number): Promise<{ temporaryPassword: string }> {
  const actor = requireActor(ctx);
  const user = await findManagedUser(ctx, actor, userId);
  const targetIsSystemAdmin = user.roles.some((g) => g.role === 'system_admin');
  const actorIsSystemAdmin = actor.grants.some((g) => g.role === 'system_admin');
  if (targetIsSystemAdmin && !actorIsSystemAdmin) throw new AppError('FORBIDDEN');
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await ctx.tx('user.reset_password', async (tx) => {
    await tx.query(
      'UPDATE app_users SET password_hash = $2, must_change_password = true, updated_at = now() WHERE id = $1',
      [userId, passwordHash],
    );
    await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
  });
  return { temporaryPassword };
}
