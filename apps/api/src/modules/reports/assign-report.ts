import { AppError, Permission, type AssignmentInput } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { formById } from './reports.queries';

/** Asks the subtree of a unit for one form and period by a deadline (đợt báo cáo). */
export async function assignReport(ctx: Ctx, input: AssignmentInput): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.ReportWrite);
  if (input.periodTo < input.periodFrom || input.deadline < input.periodFrom) {
    throw new AppError('REPORT_PERIOD_INVALID', { field: 'periodTo' });
  }
  return ctx.tx('report.assign', async (tx) => {
    const form = await formById(tx, input.formId);
    const { rows: unit } = await tx.query<{ usable: boolean }>(
      `SELECT owner.path @> u.path AS usable FROM org_units u, org_units owner
        WHERE u.id = $1 AND u.path <@ $2::ltree[] AND owner.id = $3`,
      [input.unitId, scopes, form.unitId],
    );
    if (!unit[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId });
    // A form serves its owner's subtree: a province cannot assign another province's own form.
    if (!unit[0].usable) throw new AppError('REPORT_FORM_NOT_FOUND', { id: input.formId });
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO report_assignments (form_id, unit_id, period_from, period_to, period_label, deadline, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id::int`,
      [
        input.formId,
        input.unitId,
        input.periodFrom,
        input.periodTo,
        input.periodLabel,
        input.deadline,
        actor.userId > 0 ? actor.userId : null,
      ],
    );
    if (!rows[0]) throw new AppError('REPORT_ALREADY_ASSIGNED');
    return rows[0];
  });
}
