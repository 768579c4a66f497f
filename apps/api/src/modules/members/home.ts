import { Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { HomeEntry } from '../declaration';

/** Home page: member transfers into the official's units waiting to be confirmed. */
export async function membersHome(ctx: Ctx): Promise<HomeEntry[]> {
  const scopes = scopeFor(requireActor(ctx), Permission.MemberWrite);
  if (scopes.length === 0) return [];
  const { rows } = await ctx.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM member_transfers t JOIN org_units u ON u.id = t.to_unit_id
      WHERE t.status = 'pending' AND u.path <@ $1::ltree[]`,
    [scopes],
  );
  return [{ key: 'members.home.transfers', count: rows[0]!.n, link: '/members/transfers', tone: 'todo' }];
}
