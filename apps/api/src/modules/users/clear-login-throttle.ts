import { AppError } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { findManagedUser } from './users.queries';

/**
 * An administrator lets an account sign in again at once: failures before now no longer count towards its
 * sign-in delay (its known devices' counts too). The per-IP limit is not touched. Audited with the app_users row.
 */
export async function clearLoginThrottle(ctx: Ctx, userId: number): Promise<{ ok: true }> {
  const actor = requireActor(ctx);
  const user = await findManagedUser(ctx, actor, userId);
  const targetIsSystemAdmin = user.roles.some((g) => g.role === 'system_admin');
  const actorIsSystemAdmin = actor.grants.some((g) => g.role === 'system_admin');
  if (targetIsSystemAdmin && !actorIsSystemAdmin) throw new AppError('FORBIDDEN');
  await ctx.tx('user.clear_login_throttle', async (tx) => {
    await tx.query('UPDATE app_users SET login_throttle_cleared_at = clock_timestamp() WHERE id = $1', [userId]);
  });
  return { ok: true };
}
