import type { UnitTimeline } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { getUnit } from './get-unit';

/** A unit's parents over time and every reorganisation that touched it, oldest first. */
export async function unitTimeline(ctx: Ctx, id: number): Promise<UnitTimeline> {
  await getUnit(ctx, id);
  const parents = await ctx.pool.query<UnitTimeline['parents'][number]>(
    `SELECT h.parent_id::int AS "parentId", p.code AS "parentCode", p.name AS "parentName",
            to_char(h.valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(h.valid_to, 'YYYY-MM-DD') AS "validTo",
            h.reorganization_id::int AS "reorganizationId"
       FROM org_unit_parents h JOIN org_units p ON p.id = h.parent_id
      WHERE h.unit_id = $1 ORDER BY h.valid_from, h.id`,
    [id],
  );
  const reorganizations = await ctx.pool.query<UnitTimeline['reorganizations'][number]>(
    `SELECT r.id::int, r.operation, to_char(r.effective_on, 'YYYY-MM-DD') AS "effectiveOn", r.status, r.note,
            r.undo_of::int AS "undoOf", r.undone_by::int AS "undoneBy",
            to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"
       FROM reorganizations r
      WHERE r.unit_id = $1 OR r.changes @> jsonb_build_object('items', jsonb_build_array(jsonb_build_object('unitId', $1::int)))
      ORDER BY r.effective_on, r.id`,
    [id],
  );
  return { parents: parents.rows, reorganizations: reorganizations.rows };
}
