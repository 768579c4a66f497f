import type pg from 'pg';
import { AppError, canGrant, Permission, type Role, type UserSummary } from '@congdoan/domain';
import { pathInScope, scopeFor, type Actor } from '../../context/actor';
import type { Ctx } from '../../context/context';

/** Users summary with their grants; `where` filters app_users aliased as `a` (and home unit `h`). */
export async function selectUsers(
  db: pg.Pool | pg.PoolClient,
  where: string,
  params: unknown[],
  tail = 'ORDER BY a.username',
): Promise<UserSummary[]> {
  const { rows } = await db.query<UserSummary>(
    `SELECT a.id, a.username, a.display_name AS "displayName", a.email, a.phone, a.disabled,
            a.must_change_password AS "mustChangePassword", a.home_unit_id AS "homeUnitId", h.name AS "homeUnitName",
            coalesce((SELECT json_agg(json_build_object('id', g.id, 'role', g.role, 'unitId', g.unit_id,
                        'unitCode', gu.code, 'unitName', gu.name) ORDER BY gu.path, g.role)
                        FROM role_grants g JOIN org_units gu ON gu.id = g.unit_id WHERE g.user_id = a.id), '[]') AS roles
       FROM app_users a JOIN org_units h ON h.id = a.home_unit_id
      WHERE ${where} ${tail}`,
    params,
  );
  return rows;
}

/** A user the actor may manage (home unit inside their user.manage scope), or 404. */
export async function findManagedUser(ctx: Ctx, actor: Actor, userId: number): Promise<UserSummary> {
  const scopes = scopeFor(actor, Permission.UserManage);
  const [user] = await selectUsers(ctx.pool, 'a.id = $1 AND h.path <@ $2::ltree[]', [userId, scopes]);
  if (!user) throw new AppError('USER_NOT_FOUND', { id: userId });
  return user;
}

/** Path of a unit inside the actor's user.manage scope, or 404. */
export async function managedUnitPath(ctx: Ctx, actor: Actor, unitId: number): Promise<string> {
  const scopes = scopeFor(actor, Permission.UserManage);
  const { rows } = await ctx.pool.query<{ path: string }>(
    'SELECT path::text AS path FROM org_units WHERE id = $1 AND path <@ $2::ltree[]',
    [unitId, scopes],
  );
  if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
  return rows[0].path;
}

/** Whether one of the actor's grants covering `unitPath` lets them hand out `role`. */
export function assertCanGrant(actor: Actor, role: Role, unitPath: string): void {
  const ok = actor.grants.some((g) => pathInScope(unitPath, [g.unitPath]) && canGrant(g.role, role));
  if (!ok) throw new AppError('CANNOT_GRANT_ROLE', { role });
}
