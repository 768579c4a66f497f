import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { checkProgramme, programmeValues, writeFunding, type ProgrammeInput } from './programme-input';
import { spentOwnSql } from './spending.queries';
import { nominatedSql } from './welfare.queries';

/** Edit a programme; its owner stays, and its total cannot drop below what was already allocated or nominated. */
export async function updateProgramme(ctx: Ctx, id: number, input: ProgrammeInput): Promise<{ id: number }> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareWrite);
  return ctx.tx('welfare_programme.update', async (tx) => {
    const { rows: cur } = await tx.query<{ unitId: number }>(
      `SELECT p.unit_id AS "unitId" FROM welfare_programmes p JOIN org_units ou ON ou.id = p.unit_id
        WHERE p.id = $1 AND ou.path <@ $2::ltree[] FOR UPDATE OF p`,
      [id, scopes],
    );
    if (!cur[0]) throw new AppError('WELFARE_PROGRAMME_NOT_FOUND', { id });
    if (cur[0].unitId !== input.unitId) throw new AppError('WELFARE_UNIT_OUTSIDE', { id: input.unitId });
    await checkProgramme(tx, input, scopes);
    // The root quota is locked before its children are summed (a fresh statement sees committed ones).
    await tx.query('SELECT id FROM welfare_quotas WHERE programme_id = $1 AND parent_quota_id IS NULL FOR UPDATE', [
      id,
    ]);
    const { rows: q } = await tx.query<{ id: number; used: number; usedVnd: number }>(
      `SELECT q.id, (coalesce((SELECT sum(c.count) FROM welfare_quotas c WHERE c.parent_quota_id = q.id), 0)
                     + ${nominatedSql})::int AS used,
              (coalesce((SELECT sum(c.budget_vnd) FROM welfare_quotas c WHERE c.parent_quota_id = q.id), 0)
               + ${spentOwnSql})::bigint AS "usedVnd"
         FROM welfare_quotas q WHERE q.programme_id = $1 AND q.parent_quota_id IS NULL`,
      [id],
    );
    const root = q[0]!;
    if (input.totalCount < root.used || input.totalBudgetVnd < root.usedVnd) {
      throw new AppError('WELFARE_QUOTA_BELOW_USED', { used: root.used });
    }
    await tx.query(
      `UPDATE welfare_programmes SET unit_id = $1, kind = $2, name = $3, year = $4, nomination_from = $5,
         nomination_to = $6, handout_from = $7, handout_to = $8, benefit_form = $9, benefit_vnd = $10,
         benefit_description = $11, eligible_statuses = $12, eligible_unit_id = $13, hardship_categories = $14,
         non_members_allowed = $15, yearly_cap_vnd = $16, yearly_cap_mode = $17, campaign_id = $18, updated_at = now()
       WHERE id = $19`,
      [...programmeValues(input), id],
    );
    await tx.query('UPDATE welfare_quotas SET count = $2, budget_vnd = $3, updated_at = now() WHERE id = $1', [
      root.id,
      input.totalCount,
      input.totalBudgetVnd,
    ]);
    await writeFunding(tx, id, input);
    return { id };
  });
}
