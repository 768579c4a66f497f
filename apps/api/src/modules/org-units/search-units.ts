import { foldVietnamese, Permission, type OrgUnit } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { unitColumns } from './org-units.queries';

/** Search by code or name ignoring case and diacritics ("huong hoa" finds "Hướng Hóa"); trigram-indexed. */
export async function searchUnits(
  ctx: Ctx,
  input: { q: string; limit: number },
): Promise<(OrgUnit & { parentName: string | null })[]> {
  const scopes = scopeFor(requireActor(ctx), Permission.OrgRead);
  const folded = foldVietnamese(input.q.normalize('NFC')).replace(/[%_\\]/g, (c) => '\\' + c);
  const { rows } = await ctx.pool.query<OrgUnit & { parentName: string | null }>(
    `SELECT ${unitColumns}, (SELECT p.name FROM org_units p WHERE p.id = u.parent_id) AS "parentName"
       FROM org_units u
      WHERE (immutable_unaccent(lower(u.name)) LIKE '%' || $1 || '%' OR lower(u.code) LIKE '%' || $1 || '%')
        AND u.path <@ $2::ltree[]
      ORDER BY lower(u.code) = $1 DESC, u.closed_on IS NOT NULL, length(u.name), u.name
      LIMIT $3`,
    [folded, scopes, input.limit],
  );
  return rows;
}
