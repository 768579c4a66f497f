import { foldVietnamese, Permission, type UnitSearchHit } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { unitColumns } from './org-units.queries';

/**
 * Search by code or name ignoring case and diacritics ("huong hoa" finds "Hướng Hóa"); trigram-indexed.
 * Each hit carries its ancestors' names so a picker can tell apart units of the same name; `open`
 * leaves out closed units (forms must not target them).
 */
export async function searchUnits(
  ctx: Ctx,
  input: { q: string; limit: number; open?: boolean },
): Promise<UnitSearchHit[]> {
  const scopes = scopeFor(requireActor(ctx), Permission.OrgRead);
  const folded = foldVietnamese(input.q.normalize('NFC')).replace(/[%_\\]/g, (c) => '\\' + c);
  const { rows } = await ctx.pool.query<UnitSearchHit>(
    `SELECT ${unitColumns}, (SELECT p.name FROM org_units p WHERE p.id = u.parent_id) AS "parentName",
            ARRAY(SELECT a.name FROM org_units a
                   WHERE a.path @> u.path AND a.id <> u.id AND a.kind <> 'confederation'
                   ORDER BY nlevel(a.path)) AS ancestors
       FROM org_units u
      WHERE (immutable_unaccent(lower(u.name)) LIKE '%' || $1 || '%' OR lower(u.code) LIKE '%' || $1 || '%')
        AND u.path <@ $2::ltree[]
        AND (NOT $4 OR u.closed_on IS NULL)
      ORDER BY lower(u.code) = $1 DESC, u.closed_on IS NOT NULL, length(u.name), u.name
      LIMIT $3`,
    [folded, scopes, input.limit, input.open ?? false],
  );
  return rows;
}
