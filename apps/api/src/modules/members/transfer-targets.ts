import { foldVietnamese, Permission, type UnitPick } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

/**
 * Grassroots unions anyone may transfer a member to, nationwide, by name or code: a directory of
 * unions (names are public), not member data.
 */
export async function transferTargets(ctx: Ctx, query: { q?: string | undefined; mine?: boolean | undefined }) {
  // `mine`: only unions where the actor may admit (the admit form's unit picker)
  const scopes = query.mine ? scopeFor(requireActor(ctx), Permission.MemberWrite) : null;
  const q = query.q ? `%${foldVietnamese(query.q.trim()).replace(/[%_\\]/g, '\\$&')}%` : '%';
  const { rows } = await ctx.pool.query<UnitPick>(
    `SELECT id::int AS id, code, name,
            ARRAY(SELECT a.name FROM org_units a
                   WHERE a.path @> u.path AND a.id <> u.id AND a.kind <> 'confederation'
                   ORDER BY nlevel(a.path)) AS ancestors
       FROM org_units u
      WHERE kind = 'grassroots_union' AND closed_on IS NULL
        AND (immutable_unaccent(lower(name)) LIKE $1 OR lower(code) LIKE $1)
        AND ($2::ltree[] IS NULL OR path <@ $2::ltree[])
      ORDER BY name LIMIT 30`,
    [q, scopes],
  );
  return { items: rows };
}
