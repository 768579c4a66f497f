import type { Ctx } from '../../context/context';
import { requireActor } from '../../context/context';
import { auditEvent } from '../../db/tx';

export async function logout(ctx: Ctx): Promise<void> {
  const actor = requireActor(ctx);
  await ctx.tx('auth.logout', async (tx) => {
    await tx.query('DELETE FROM sessions WHERE id = $1', [actor.sessionId]);
    await auditEvent(tx, { action: 'auth.logout', entityType: 'app_users', entityId: actor.userId });
  });
}
