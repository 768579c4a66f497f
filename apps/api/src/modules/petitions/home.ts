import { Permission, todayVN } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { HomeEntry } from '../declaration';

/** Home page: petitions handled in the official's scope whose commitment deadline has passed unresolved. */
export async function petitionsHome(ctx: Ctx): Promise<HomeEntry[]> {
  const scopes = scopeFor(requireActor(ctx), Permission.PetitionRead);
  if (scopes.length === 0) return [];
  const { rows } = await ctx.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM petitions p JOIN org_units u ON u.id = p.unit_id
      WHERE p.commitment_deadline < $2::date AND p.status IN ('answered', 'in_progress') AND u.path <@ $1::ltree[]`,
    [scopes, todayVN(ctx.now())],
  );
  return [{ key: 'petitions.home.overdue', count: rows[0]!.n, link: '/petitions', tone: 'urgent' }];
}
