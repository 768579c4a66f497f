import { AppError, type UserSummary } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { assertCanGrant, findManagedUser, managedUnitPath, selectUsers } from './users.queries';

/** Revoke one grant. The actor must be able to grant that role on that unit. */
export async function revokeRole(ctx: Ctx, userId: number, grantId: number): Promise<UserSummary> {
  const actor = requireActor(ctx);
  const user = await findManagedUser(ctx, actor, userId);
  const grant = user.roles.find((g) => g.id === grantId);
  if (!grant) throw new AppError('NOT_FOUND', { grantId });
  const unitPath = await managedUnitPath(ctx, actor, grant.unitId);
  assertCanGrant(actor, grant.role, unitPath);
  return ctx.tx('user.revoke_role', async (tx) => {
    await tx.query('DELETE FROM role_grants WHERE id = $1 AND user_id = $2', [grantId, userId]);
    const [updated] = await selectUsers(tx, 'a.id = $1', [userId]);
    return updated!;
  });
}
