import { Permission, todayVN, type BriefingDetail } from '@congdoan/domain';
import { pathInScope, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { briefingFor, taskSelect, type TaskRow } from './briefings.queries';

/**
 * A briefing with its tasks, and the tasks still open from the host's earlier briefings and sessions: they
 * carry forward onto this one's agenda by themselves, until someone marks them done.
 */
export async function getBriefing(ctx: Ctx, id: number): Promise<BriefingDetail> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.ReportRead);
  const writeScopes = scopeFor(actor, Permission.ReportWrite);
  const b = await briefingFor(ctx.pool, id, scopes);
  const today = todayVN(ctx.now());
  const { rows } = await ctx.pool.query(
    `SELECT b.id::int, b.unit_id::int AS "unitId", u.name AS "unitName", b.kind, b.title, b.held_on::text AS "heldOn",
            b.place, b.chair, b.participants, b.subject_unit_id::int AS "subjectUnitId", s.name AS "subjectUnitName",
            b.opinions, b.conclusions, b.directives,
            coalesce((SELECT json_agg(json_build_object('id', a.id, 'label', f.name || ' — ' || a.period_label) ORDER BY a.id)
                        FROM report_assignments a JOIN report_forms f ON f.id = a.form_id
                       WHERE a.id = ANY(b.report_assignment_ids)), '[]') AS reports
       FROM briefings b JOIN org_units u ON u.id = b.unit_id LEFT JOIN org_units s ON s.id = b.subject_unit_id
      WHERE b.id = $1`,
    [id],
  );
  const params = [today, actor.userId, writeScopes];
  const { rows: tasks } = await ctx.pool.query<TaskRow>(
    `${taskSelect} WHERE t.briefing_id = $4 ORDER BY t.deadline, t.id`,
    [...params, id],
  );
  const { rows: carried } = await ctx.pool.query<TaskRow>(
    `${taskSelect}
      WHERE t.assigned_by_unit_id = $4 AND t.status <> 'done' AND t.briefing_id IS DISTINCT FROM $6
        AND (b.held_on < $5::date OR (b.id IS NULL AND (t.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= $5::date))
      ORDER BY t.deadline, t.id LIMIT 200`,
    [...params, b.unitId, b.heldOn, id],
  );
  return {
    ...rows[0],
    tasks,
    carriedForward: carried,
    canEdit: pathInScope(b.unitPath, writeScopes),
  } as BriefingDetail;
}
