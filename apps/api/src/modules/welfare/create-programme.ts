import { Permission } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { checkProgramme, programmeValues, writeFunding, type ProgrammeInput } from './programme-input';

/** Create a programme owned by a unit the official administers; its total becomes the owner's quota. */
export async function createProgramme(ctx: Ctx, input: ProgrammeInput): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.WelfareWrite);
  return ctx.tx('welfare_programme.create', async (tx) => {
    await checkProgramme(tx, input, scopes);
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, handout_from,
         handout_to, benefit_form, benefit_vnd, benefit_description, eligible_statuses, eligible_unit_id,
         hardship_categories, non_members_allowed, yearly_cap_vnd, yearly_cap_mode, campaign_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id`,
      [...programmeValues(input), actorUserId(actor)],
    );
    const id = rows[0]!.id;
    await tx.query('INSERT INTO welfare_quotas (programme_id, unit_id, count, budget_vnd) VALUES ($1, $2, $3, $4)', [
      id,
      input.unitId,
      input.totalCount,
      input.totalBudgetVnd,
    ]);
    await writeFunding(tx, id, input);
    return { id };
  });
}
