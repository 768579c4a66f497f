import { Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

/** Briefings and working sessions held by units in scope or with them, newest first. */
export async function listBriefings(ctx: Ctx) {
  const scopes = scopeFor(requireActor(ctx), Permission.ReportRead);
  const { rows } = await ctx.pool.query(
    `SELECT b.id::int, b.unit_id::int AS "unitId", u.name AS "unitName", b.kind, b.title, b.held_on::text AS "heldOn",
            s.name AS "subjectUnitName",
            (SELECT count(*) FROM tasks t WHERE t.briefing_id = b.id AND t.status <> 'done')::int AS "openTasks"
       FROM briefings b JOIN org_units u ON u.id = b.unit_id LEFT JOIN org_units s ON s.id = b.subject_unit_id
      WHERE u.path <@ $1::ltree[] OR s.path <@ $1::ltree[]
      ORDER BY b.held_on DESC, b.id DESC LIMIT 200`,
    [scopes],
  );
  return { items: rows };
}
