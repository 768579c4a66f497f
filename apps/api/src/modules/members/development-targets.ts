import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

type Progress = {
  unit: { id: number; code: string; name: string };
  year: number;
  targetNewMembers: number | null;
  targetNewUnions: number | null;
  newMembers: number;
  newUnions: number;
};

/** Set a unit's yearly membership development target (new members, new grassroots unions). */
export async function setTarget(
  ctx: Ctx,
  input: { unitId: number; year: number; newMembers: number; newUnions: number },
): Promise<{ ok: true }> {
  const actor = requireActor(ctx);
  return ctx.tx('member.target_set', async (tx) => {
    const { rowCount } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      input.unitId,
      scopeFor(actor, Permission.MemberWrite),
    ]);
    if (!rowCount) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId });
    await tx.query(
      `INSERT INTO development_targets (unit_id, year, new_members, new_unions) VALUES ($1, $2, $3, $4)
       ON CONFLICT (unit_id, year) DO UPDATE SET new_members = excluded.new_members, new_unions = excluded.new_unions,
              updated_at = now()`,
      [input.unitId, input.year, input.newMembers, input.newUnions],
    );
    return { ok: true as const };
  });
}

/**
 * Progress against target for a unit and each child: new admissions (not transfers or
 * reinstatements) and grassroots unions founded in the year, counted over each subtree.
 */
export async function targetReport(
  ctx: Ctx,
  query: { unit: number; year: number },
): Promise<{ total: Progress; children: Progress[] }> {
  const { rows } = await ctx.pool.query<Progress & { isTotal: boolean }>(
    `WITH target AS (
       SELECT id, code, name, path, true AS "isTotal" FROM org_units WHERE id = $1 AND path <@ $3::ltree[]
       UNION ALL
       SELECT c.id, c.code, c.name, c.path, false FROM org_units c
        WHERE c.parent_id = $1 AND EXISTS (SELECT 1 FROM org_units t WHERE t.id = $1 AND t.path <@ $3::ltree[]))
     SELECT json_build_object('id', t.id, 'code', t.code, 'name', t.name) AS unit, $2::int AS year, t."isTotal",
            dt.new_members AS "targetNewMembers", dt.new_unions AS "targetNewUnions",
            (SELECT count(*)::int FROM memberships m JOIN org_units u ON u.id = m.unit_id
              WHERE u.path <@ t.path AND m.admission_kind = 'new'
                AND m.admitted_on >= make_date($2, 1, 1) AND m.admitted_on < make_date($2 + 1, 1, 1)) AS "newMembers",
            (SELECT count(*)::int FROM org_units g
              WHERE g.path <@ t.path AND g.kind = 'grassroots_union'
                AND g.founded_on >= make_date($2, 1, 1) AND g.founded_on < make_date($2 + 1, 1, 1)) AS "newUnions"
       FROM target t LEFT JOIN development_targets dt ON dt.unit_id = t.id AND dt.year = $2
      ORDER BY t."isTotal" DESC, t.name`,
    [query.unit, query.year, scopeFor(requireActor(ctx), Permission.MemberRead)],
  );
  const strip = ({ isTotal: _, ...p }: Progress & { isTotal: boolean }) => p;
  const total = rows.find((r) => r.isTotal);
  if (!total) throw new AppError('UNIT_NOT_FOUND', { id: query.unit });
  return { total: strip(total), children: rows.filter((r) => !r.isTotal).map(strip) };
}
