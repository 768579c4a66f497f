import { Permission, type ReportView } from '@congdoan/domain';
import { pathInScope, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import { computeIndicators } from './indicators/compute';
import {
  assignmentFor,
  formById,
  formIndicators,
  reportUnitFor,
  submissionOf,
  type AssignmentRow,
  type FormRow,
} from './reports.queries';

type Q = Pick<Tx, 'query'>;

type ChildReport = {
  unitId: number;
  unitName: string;
  status: string | null;
  entered: Record<string, number | null> | null;
  narrative: Record<string, string> | null;
};

/** The direct children of a unit (as the tree stood at the period's end) that must submit, with their reports. */
async function childReports(db: Q, a: AssignmentRow, form: FormRow, unitId: number): Promise<ChildReport[]> {
  const { rows } = await db.query<ChildReport>(
    `SELECT s.unit_id::int AS "unitId", u.name AS "unitName", r.status, r.entered, r.narrative
       FROM org_subtree_as_of($1, $2) s JOIN org_units u ON u.id = s.unit_id
       LEFT JOIN report_submissions r ON r.assignment_id = $4 AND r.unit_id = s.unit_id
      WHERE s.depth = 1 AND u.kind = ANY($3::text[])
      ORDER BY u.name, u.id`,
    [unitId, a.periodTo, form.levels, a.id],
  );
  return rows;
}

/**
 * One unit's report for an assignment: computed figures over its subtree as it stood in the period (or as
 * they were when it was submitted), entered figures with the sum of the children's approved reports beside
 * them, narrative with the children's compiled under each section, and the children still missing.
 */
export async function getReport(ctx: Ctx, assignmentId: number, unitId: number): Promise<ReportView> {
  const actor = requireActor(ctx);
  const readScopes = scopeFor(actor, Permission.ReportRead);
  return ctx.tx('report.read', async (tx) => {
    const a = await assignmentFor(tx, assignmentId, readScopes);
    const form = await formById(tx, a.formId);
    const unit = await reportUnitFor(tx, a, form, unitId, readScopes);
    const submission = await submissionOf(tx, a.id, unitId);
    const indicators = formIndicators(form);
    const locked = submission?.status === 'submitted' || submission?.status === 'approved';
    const computed =
      locked && submission?.computed
        ? submission.computed
        : ((
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
          ).byGroup.get(unitId) ?? {});
    const children = await childReports(tx, a, form, unitId);
    const approved = children.filter((c) => c.status === 'approved');
    const writeScopes = scopeFor(actor, Permission.ReportWrite);
    const approveScopes = scopeFor(actor, Permission.ReportApprove);
    return {
      assignmentId: a.id,
      submissionId: submission?.id ?? null,
      form: { ...form },
      unit: { id: unitId, name: unit.name },
      periodLabel: a.periodLabel,
      periodFrom: a.periodFrom,
      periodTo: a.periodTo,
      deadline: a.deadline,
      status: submission?.status ?? 'not_started',
      returnComment: submission?.returnComment ?? null,
      sections: form.sections.map((s) => ({
        key: s.key,
        title: s.title,
        kind: s.kind,
        figures: (s.indicators ?? []).flatMap((key) => {
          const i = indicators.get(key);
          if (!i) return [];
          const fromChildren =
            i.source === 'entered' && approved.length > 0
              ? approved.reduce((sum, c) => sum + (c.entered?.[key] ?? 0), 0)
              : null;
          return [
            {
              key,
              vi: i.vi,
              unit: i.unit,
              source: i.source,
              value: i.source === 'computed' ? (computed[key] ?? 0) : (submission?.entered[key] ?? null),
              fromChildren,
              hasRows: i.source === 'computed' && Boolean(i.drillSql),
            },
          ];
        }),
        text: submission?.narrative[s.key] ?? '',
        fromChildren:
          s.kind === 'narrative'
            ? approved
                .filter((c) => (c.narrative?.[s.key] ?? '').trim() !== '')
                .map((c) => ({ unitName: c.unitName, text: c.narrative![s.key]! }))
            : [],
      })),
      missingChildren: children
        .filter((c) => c.status !== 'submitted' && c.status !== 'approved')
        .map((c) => ({ id: c.unitId, name: c.unitName })),
      canEdit: !locked && pathInScope(unit.path, writeScopes),
      canReview:
        submission?.status === 'submitted' &&
        unit.parentPath !== null &&
        pathInScope(unit.parentPath, approveScopes) &&
        submission.submittedBy !== actor.userId,
    };
  });
}
