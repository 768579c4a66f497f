import { Permission, type HomeDetail } from '@congdoan/domain';
import { pathInScope, scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { homeFor } from './homes.queries';
import { homeFrom, homeSummaryColumns } from './list-homes';

/** One house with every stage's data, its milestones and its photos (served by their own route). */
export async function getHome(ctx: Ctx, id: number): Promise<HomeDetail> {
  const actor = requireActor(ctx);
  const home = await homeFor(ctx.pool, id, scopeFor(actor, Permission.WelfareRead));
  const { rows } = await ctx.pool.query<Omit<HomeDetail, 'milestones' | 'photos' | 'canEdit'>>(
    `SELECT ${homeSummaryColumns}, h.person_id AS "personId",
            h.family_situation AS "familySituation", h.applied_on AS "appliedOn",
            h.surveyed_on AS "surveyedOn", h.surveyed_by AS "surveyedBy", h.survey_findings AS "surveyFindings",
            h.estimated_cost_vnd AS "estimatedCostVnd", h.approved_on AS "approvedOn",
            h.decision_number AS "decisionNumber", h.union_vnd AS "unionVnd", h.co_funders AS "coFunders",
            h.family_vnd AS "familyVnd", h.other_vnd AS "otherVnd", h.started_on AS "startedOn",
            h.start_event_id AS "startEventId", se.title AS "startEventTitle", h.completed_on AS "completedOn",
            h.handover_event_id AS "handoverEventId", he.title AS "handoverEventTitle", h.note
       FROM ${homeFrom}
       LEFT JOIN events se ON se.id = h.start_event_id
       LEFT JOIN events he ON he.id = h.handover_event_id
      WHERE h.id = $1`,
    [id],
  );
  const { rows: milestones } = await ctx.pool.query<HomeDetail['milestones'][number]>(
    `SELECT id, title, done_on AS "doneOn", progress_percent AS "progressPercent", note
       FROM welfare_home_milestones WHERE home_id = $1 ORDER BY done_on, id`,
    [id],
  );
  const { rows: photos } = await ctx.pool.query<HomeDetail['photos'][number]>(
    `SELECT id, stage, milestone_id AS "milestoneId", file_name AS "fileName", caption
       FROM welfare_home_photos WHERE home_id = $1 ORDER BY id`,
    [id],
  );
  return {
    ...rows[0]!,
    milestones,
    photos,
    canEdit: pathInScope(home.unitPath, scopeFor(actor, Permission.WelfareWrite)),
  };
}
