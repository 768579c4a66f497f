import { AppError, type Role, type UserSummary } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { assertCanGrant, findManagedUser, managedUnitPath, selectUsers } from './users.queries';

/** Grant a role on a unit; it then reaches that unit's whole subtree. */
export async function grantRole(ctx: Ctx, userId: number, input: { role: Role; unitId: number }): Promise<UserSummary> {
  const actor = requireActor(ctx);
  await findManagedUser(ctx, actor, userId);
  const unitPath = await managedUnitPath(ctx, actor, input.unitId);
  assertCanGrant(actor, input.role, unitPath);
  return ctx.tx('user.grant_role', async (tx) => {
    const { rowCount } = await tx.query(
      `INSERT INTO role_grants (user_id, role, unit_id, granted_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [userId, input.role, input.unitId, actorUserId(actor)],
    );
    if (!rowCount) throw new AppError('ROLE_ALREADY_GRANTED');
    const [user] = await selectUsers(tx, 'a.id = $1', [userId]);
    return user!;
  });
}
