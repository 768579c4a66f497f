import { foldVietnamese, Permission, type UserSummary } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { selectUsers } from './users.queries';

/** Users whose home unit lies in the actor's scope, paged on the server, searchable without diacritics. */
export async function findUsers(
  ctx: Ctx,
  query: { q?: string; page: number; pageSize: number },
): Promise<{ items: UserSummary[]; total: number }> {
  const scopes = scopeFor(requireActor(ctx), Permission.UserManage);
  const q = query.q ? `%${foldVietnamese(query.q).replace(/[%_\\]/g, '\\$&')}%` : null;
  const where = `h.path <@ $1::ltree[] AND ($2::text IS NULL OR immutable_unaccent(lower(a.display_name)) LIKE $2
                 OR a.username LIKE $2 OR lower(coalesce(a.email, '')) LIKE $2 OR coalesce(a.phone, '') LIKE $2)`;
  const { rows } = await ctx.pool.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM app_users a JOIN org_units h ON h.id = a.home_unit_id WHERE ${where}`,
    [scopes, q],
  );
  const items = await selectUsers(
    ctx.pool,
    where,
    [scopes, q, query.pageSize, (query.page - 1) * query.pageSize],
    'ORDER BY a.username LIMIT $3 OFFSET $4',
  );
  return { items, total: rows[0]?.total ?? 0 };
}
