import { AppError, Permission, type Completeness } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Counts } from './completeness-counters';
import { countedFigures, fullFigures, lateSql, submittedSql } from './completeness-figures';
import { pathUnits, walkUnits } from './completeness-units';
import { treeChangedAfter } from './indicators/scope';
import { assignmentFor, formById } from './reports.queries';

const rate = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
/** How many missing (and late) units the page names; the counts come from the figures, not from these lists. */
const LISTED = 500;

/**
 * Completeness (submitted ÷ expected) and timeliness (submitted by the deadline ÷ expected) of an assignment
 * for a unit's subtree and each of its children, as DHIS2 shows them, with the missing and late units named.
 * A report returned and submitted again counts from its last submission.
 * The figures come from the round's counters (completeness-counters.ts): the children's rows plus the root's own
 * report. After a re-parenting since the period's end the tree of then differs from today's paths, and the page
 * is computed in full over the dated walk instead (each unit once; ROLLUP gives the total). The missing and late
 * lists stop at the first LISTED units in tree order.
 */
export async function reportCompleteness(ctx: Ctx, assignmentId: number, unitId?: number): Promise<Completeness> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.ReportRead);
  return ctx.tx('report.completeness', async (tx) => {
    const a = await assignmentFor(tx, assignmentId, scopes);
    const form = await formById(tx, a.formId);
    const root = unitId ?? a.unitId;
    const { rows: inScope } = await tx.query<{ name: string }>(
      `SELECT u.name FROM org_units u, org_units top
        WHERE u.id = $1 AND top.id = $2 AND u.path <@ top.path AND u.path <@ $3::ltree[]`,
      [root, a.unitId, scopes],
    );
    if (!inScope[0]) throw new AppError('UNIT_NOT_FOUND', { id: root });
    const dated = await treeChangedAfter(tx, a.periodTo);
    const args = { rootUnitId: root, from: a.periodFrom, to: a.periodTo };
    const units = dated ? await walkUnits(tx, args) : await pathUnits(tx, args);
    const round = { ...a, levels: form.levels };
    const figures = dated ? await fullFigures(tx, units, round, root) : await countedFigures(tx, round, root);
    // $1–$4: the subtree's; then the assignment, the form's levels, the assigning unit, (the deadline)
    const params = [...units.params, a.id, form.levels, a.unitId];
    const withDeadline = [...params, a.deadline];
    const submitted = submittedSql;
    const late = lateSql('$8');
    const expected = `t.kind = ANY($6::text[]) AND t.unit_id <> $7::bigint`;
    const row = (unitId: number, unitName: string, r: Counts) => ({
      unitId,
      unitName,
      expected: r.expected,
      submitted: r.submitted,
      onTime: r.onTime,
      completeness: rate(r.submitted, r.expected),
      timeliness: rate(r.onTime, r.expected),
    });
    const missingList = async () =>
      (
        await tx.query<{ id: number; name: string; parentName: string | null }>(
          `SELECT t.unit_id::int AS id, t.name, p.name AS "parentName"
             FROM ${units.sql} t LEFT JOIN org_units p ON p.id = t.parent_id
             LEFT JOIN report_submissions r ON r.assignment_id = $5 AND r.unit_id = t.unit_id
            WHERE ${expected} AND (r.status IS NULL OR NOT ${submitted})
            ORDER BY ltree2text(t.path) COLLATE "C" LIMIT ${LISTED}`,
          params,
        )
      ).rows;
    const lateList = async () =>
      (
        await tx.query<{ id: number; name: string; submittedOn: string }>(
          `SELECT t.unit_id::int AS id, t.name,
                  to_char(r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS "submittedOn"
             FROM ${units.sql} t JOIN report_submissions r ON r.assignment_id = $5 AND r.unit_id = t.unit_id
            WHERE ${expected} AND ${submitted} AND ${late}
            ORDER BY ltree2text(t.path) COLLATE "C" LIMIT ${LISTED}`,
          withDeadline,
        )
      ).rows;
    // the counts say when a list is empty: then the subtree is not read for it
    const { total } = figures;
    const missing = total.expected === total.submitted ? [] : await missingList();
    const lateRows = total.submitted === total.onTime ? [] : await lateList();
    return {
      assignmentId: a.id,
      formName: form.name,
      periodLabel: a.periodLabel,
      deadline: a.deadline,
      total: row(root, inScope[0].name, figures.total),
      children: figures.children.map((g) => row(g.unitId, g.unitName, g)),
      missing,
      late: lateRows,
    };
  });
}
