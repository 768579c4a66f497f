import { AppError, Permission, type SaveReportInput } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { computeIndicators } from './indicators/compute';
import { assignmentFor, formById, formIndicators, isExpected, submissionOf } from './reports.queries';

/**
 * Saves a unit's report as a draft, or submits it (`submit`). Entered figures are checked against the
 * form: a computed one cannot be typed in, counts and VND are whole and none is negative. A submitted or
 * approved report is locked until the level above returns or reopens it. Submitting keeps the computed
 * figures as they are now, so the report the level above reads does not move under it.
 */
export async function saveReport(
  ctx: Ctx,
  assignmentId: number,
  unitId: number,
  input: SaveReportInput,
  submit: boolean,
): Promise<{ id: number; status: string }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.ReportWrite);
  return ctx.tx(submit ? 'report.submit' : 'report.save', async (tx) => {
    const a = await assignmentFor(tx, assignmentId, scopeFor(actor, Permission.ReportRead));
    const form = await formById(tx, a.formId);
    const { rows: unit } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      unitId,
      scopes,
    ]);
    if (!unit[0]) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
    if (unitId !== a.unitId && !(await isExpected(tx, a, form, unitId))) throw new AppError('REPORT_NOT_EXPECTED');
    if (submit && unitId === a.unitId) throw new AppError('REPORT_NOT_EXPECTED');
    const indicators = formIndicators(form);
    for (const [key, value] of Object.entries(input.entered)) {
      const i = indicators.get(key);
      if (!i) throw new AppError('REPORT_UNKNOWN_FIELD', { key, field: key });
      if (i.source === 'computed') throw new AppError('REPORT_COMPUTED_READONLY', { key, field: key });
      const whole = i.unit !== 'percent';
      if (
        value !== null &&
        (value < 0 || (whole && !Number.isInteger(value)) || (i.unit === 'percent' && value > 100))
      ) {
        throw new AppError('REPORT_VALUE_INVALID', { key, field: key, integer: whole ? ', nguyên' : '' });
      }
    }
    const sectionKeys = new Set(form.sections.filter((s) => s.kind === 'narrative').map((s) => s.key));
    for (const key of Object.keys(input.narrative)) {
      if (!sectionKeys.has(key)) throw new AppError('REPORT_UNKNOWN_FIELD', { key, field: key });
    }
    const current = await submissionOf(tx, a.id, unitId, true);
    if (current && (current.status === 'submitted' || current.status === 'approved')) {
      throw new AppError('REPORT_LOCKED');
    }
    const computed = submit
      ? ((
          await computeIndicators(
            tx,
            [...indicators.values()].filter((i) => i.source === 'computed'),
            {
              rootUnitId: unitId,
              from: a.periodFrom,
              to: a.periodTo,
              byChild: false,
            },
          )
        ).byGroup.get(unitId) ?? {})
      : null;
    const userId = actor.userId > 0 ? actor.userId : null;
    const { rows } = await tx.query<{ id: number; status: string }>(
      `INSERT INTO report_submissions AS r (assignment_id, unit_id, status, entered, narrative, computed, submitted_at, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END, CASE WHEN $7 THEN $8::bigint END)
       ON CONFLICT (assignment_id, unit_id) DO UPDATE
         SET status = CASE WHEN $7 THEN 'submitted' ELSE r.status END,
             entered = $4, narrative = $5, computed = coalesce($6, r.computed),
             submitted_at = CASE WHEN $7 THEN now() ELSE r.submitted_at END,
             submitted_by = CASE WHEN $7 THEN $8::bigint ELSE r.submitted_by END,
             updated_at = now()
       RETURNING id::int, status`,
      [
        a.id,
        unitId,
        submit ? 'submitted' : 'draft',
        JSON.stringify(input.entered),
        JSON.stringify(input.narrative),
        computed ? JSON.stringify(computed) : null,
        submit,
        userId,
      ],
    );
    if (submit) {
      await tx.query(`INSERT INTO report_reviews (submission_id, decision, decided_by) VALUES ($1, 'submitted', $2)`, [
        rows[0]!.id,
        userId,
      ]);
    }
    return rows[0]!;
  });
}
