import { Permission, type MemberSummary } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { selectSummaries } from './member-select';

type Group = {
  reason: 'same_cccd' | 'same_name_dob' | 'similar_name';
  similarity: number | null;
  members: MemberSummary[];
};

/**
 * Probable duplicate people in the actor's scope: the same CCCD, the same folded name and date of
 * birth, or similar names (trigram similarity ≥ 0.6) with the same date of birth or phone.
 */
export async function findDuplicates(ctx: Ctx): Promise<{ items: Group[] }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.MemberRead);
  const personal = scopeFor(actor, Permission.PersonalDataRead);
  const { rows } = await ctx.pool.query<{ reason: Group['reason']; similarity: number | null; ids: number[] }>(
    `WITH s AS (
       SELECT p.id, p.cccd, p.old_id_number, p.birth_date, p.birth_date_precision, p.phone,
              immutable_unaccent(lower(p.full_name)) AS folded
         FROM persons p JOIN org_units u ON u.id = p.unit_id
        WHERE u.path <@ $1::ltree[] AND p.merged_into_id IS NULL)
     SELECT 'same_cccd' AS reason, NULL::real AS similarity, array_agg(id ORDER BY id) AS ids
       FROM s WHERE cccd IS NOT NULL GROUP BY cccd HAVING count(*) > 1
     UNION ALL
     -- old ID numbers are not unique in the table (issued per province): two persons sharing one show here
     SELECT 'same_old_id', NULL, array_agg(id ORDER BY id)
       FROM s WHERE old_id_number IS NOT NULL GROUP BY old_id_number HAVING count(*) > 1
     UNION ALL
     SELECT 'same_name_dob', NULL, array_agg(id ORDER BY id)
       FROM s WHERE birth_date IS NOT NULL GROUP BY folded, birth_date, birth_date_precision HAVING count(*) > 1
     UNION ALL
     (SELECT 'similar_name', round(similarity(a.folded, b.folded)::numeric, 2)::real, ARRAY[a.id, b.id]
        FROM s a JOIN s b ON a.id < b.id AND a.folded <> b.folded
         AND (a.birth_date = b.birth_date OR a.phone = b.phone)
       WHERE similarity(a.folded, b.folded) >= 0.6
       ORDER BY 2 DESC LIMIT 200)
     LIMIT 500`,
    [scopes],
  );
  const ids = [...new Set(rows.flatMap((r) => r.ids.map(Number)))];
  const summaries = await selectSummaries(ctx.pool, 'p.id = ANY($1::bigint[])', [ids], '', personal);
  const byId = new Map(summaries.map((s) => [s.id, s]));
  return {
    items: rows.map((r) => ({
      reason: r.reason,
      similarity: r.similarity,
      members: r.ids.map((id) => byId.get(Number(id))!).filter(Boolean),
    })),
  };
}
