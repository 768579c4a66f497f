import { Permission, type ProgrammeDetail, type ProgrammeSummary } from '@congdoan/domain';
import { pathInScope, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { programmeFor, visibleProgramme } from './welfare.queries';

const summaryColumns = `p.id, p.unit_id AS "unitId", ou.name AS "unitName", p.kind, p.name, p.year,
  p.nomination_from AS "nominationFrom", p.nomination_to AS "nominationTo", p.benefit_vnd AS "benefitVnd",
  rq.count AS "totalCount", rq.budget_vnd AS "totalBudgetVnd",
  (SELECT count(*) FROM welfare_nominations n WHERE n.programme_id = p.id AND n.status <> 'refused')::int AS nominated,
  (SELECT count(*) FROM welfare_nominations n WHERE n.programme_id = p.id AND n.status IN ('approved', 'handed_out'))::int
    AS approved`;
const from = `welfare_programmes p JOIN org_units ou ON ou.id = p.unit_id
  JOIN welfare_quotas rq ON rq.programme_id = p.id AND rq.parent_quota_id IS NULL`;

/** Programmes the official's units own or received a quota from, newest first. */
export async function listProgrammes(ctx: Ctx): Promise<{ items: ProgrammeSummary[] }> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  const { rows } = await ctx.pool.query<ProgrammeSummary>(
    `SELECT ${summaryColumns} FROM ${from} WHERE ${visibleProgramme} ORDER BY p.year DESC, p.id DESC LIMIT 500`,
    [scopes],
  );
  return { items: rows };
}

export async function getProgramme(ctx: Ctx, id: number): Promise<ProgrammeDetail> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.WelfareRead);
  const p = await programmeFor(ctx.pool, id, scopes);
  const { rows } = await ctx.pool.query<Omit<ProgrammeDetail, 'funding' | 'canEdit'>>(
    `SELECT ${summaryColumns}, p.handout_from AS "handoutFrom", p.handout_to AS "handoutTo",
            p.benefit_form AS "benefitForm", p.benefit_description AS "benefitDescription",
            p.eligible_statuses AS "eligibleStatuses", p.eligible_unit_id AS "eligibleUnitId",
            p.application_event_id AS "applicationEventId",
            p.hardship_categories AS "hardshipCategories", p.non_members_allowed AS "nonMembersAllowed",
            p.yearly_cap_vnd AS "yearlyCapVnd", p.yearly_cap_mode AS "yearlyCapMode", p.campaign_id AS "campaignId"
       FROM ${from} WHERE p.id = $1`,
    [id],
  );
  const { rows: funding } = await ctx.pool.query<ProgrammeDetail['funding'][number]>(
    `SELECT id, source_kind AS "sourceKind", sponsor_name AS "sponsorName", amount_vnd AS "amountVnd"
       FROM welfare_funding WHERE programme_id = $1 ORDER BY id`,
    [id],
  );
  return { ...rows[0]!, funding, canEdit: pathInScope(p.ownerPath, scopeFor(actor, Permission.WelfareWrite)) };
}
