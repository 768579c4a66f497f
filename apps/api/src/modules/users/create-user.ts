import { AppError, isStrongPassword, type Role, type UserSummary } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { generateTemporaryPassword, hashPassword } from '../auth';
import { assertCanGrant, managedUnitPath, selectUsers } from './users.queries';

export type CreateUserInput = {
  username: string;
  displayName: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  homeUnitId: number;
  role?: Role | undefined;
  /** Set by the CLI (`user add --password-stdin`); otherwise a one-time password is generated. */
  password?: string | undefined;
};

/** Create an account in the actor's subtree with a one-time password it must change at first login. */
export async function createUser(
  ctx: Ctx,
  input: CreateUserInput,
): Promise<{ user: UserSummary; temporaryPassword: string }> {
  const actor = requireActor(ctx);
  const unitPath = await managedUnitPath(ctx, actor, input.homeUnitId);
  if (input.role) assertCanGrant(actor, input.role, unitPath);
  if (input.password !== undefined && !isStrongPassword(input.password, input.username))
    throw new AppError('WEAK_PASSWORD');
  const temporaryPassword = input.password ?? generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await ctx.tx('user.create', async (tx) => {
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO app_users (username, display_name, email, phone, password_hash, must_change_password, home_unit_id)
       VALUES ($1, $2, $3, $4, $5, $7, $6)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        input.username,
        input.displayName,
        input.email?.toLowerCase() ?? null,
        input.phone ?? null,
        passwordHash,
        input.homeUnitId,
        input.password === undefined,
      ],
    );
    const id = rows[0]?.id;
    if (!id) throw new AppError('USERNAME_TAKEN');
    if (input.role) {
      await tx.query('INSERT INTO role_grants (user_id, role, unit_id, granted_by) VALUES ($1, $2, $3, $4)', [
        id,
        input.role,
        input.homeUnitId,
        actorUserId(actor),
      ]);
    }
    const [created] = await selectUsers(tx, 'a.id = $1', [id]);
    return created!;
  });
  return { user, temporaryPassword };
}
