import { Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

/**
 * The assignments an official meets: those their units made, and those asking their units to report; for
 * each, the status of the official's own units that must submit it and how many reports wait for their review.
 */
export async function listAssignments(ctx: Ctx) {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.ReportRead);
  const approveScopes = scopeFor(actor, Permission.ReportApprove);
  const grantUnits = [...new Set(actor.grants.map((g) => g.unitId))];
  const { rows } = await ctx.pool.query(
    `SELECT a.id::int, f.name AS "formName", u.name AS "unitName", a.period_label AS "periodLabel",
            a.deadline::text AS deadline,
            coalesce((SELECT json_agg(json_build_object('unitId', g.id, 'unitName', g.name,
                        'status', coalesce(r.status, 'not_started')) ORDER BY g.name)
                        FROM org_units g LEFT JOIN report_submissions r ON r.assignment_id = a.id AND r.unit_id = g.id
                       WHERE g.id = ANY($3::bigint[]) AND g.id <> a.unit_id AND g.kind = ANY(f.levels)
                         AND g.path <@ u.path), '[]') AS mine,
            (SELECT count(*) FROM report_submissions r JOIN org_units ru ON ru.id = r.unit_id
               JOIN org_units rp ON rp.id = ru.parent_id
              WHERE r.assignment_id = a.id AND r.status = 'submitted' AND rp.path <@ $2::ltree[])::int AS "toReview"
       FROM report_assignments a JOIN report_forms f ON f.id = a.form_id JOIN org_units u ON u.id = a.unit_id
      WHERE u.path <@ $1::ltree[] OR u.path @> $1::ltree[]
      ORDER BY a.deadline DESC, a.id DESC LIMIT 200`,
    [scopes, approveScopes, grantUnits],
  );
  return { items: rows };
}
