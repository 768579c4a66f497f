import { AppError, Permission, type Completeness } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { subtreeUnits } from './completeness-units';
import { assignmentFor, formById } from './reports.queries';

const rate = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);
/** How many missing (and late) units the page names; the counts come from the figures, not from these lists. */
const LISTED = 500;

/**
 * Completeness (submitted ÷ expected) and timeliness (submitted by the deadline ÷ expected) of an assignment
 * for a unit's subtree and each of its children, as DHIS2 shows them, with the missing and late units named.
 * A report returned and submitted again counts from its last submission.
 * Each unit of the subtree is read once (ROLLUP gives the subtree's total from the children's groups); the
 * missing and late lists stop at the first LISTED units in tree order.
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
    const units = await subtreeUnits(tx, { rootUnitId: root, from: a.periodFrom, to: a.periodTo });
    // $1–$4: the subtree's; then the assignment, the form's levels, the assigning unit, (the deadline)
    const params = [...units.params, a.id, form.levels, a.unitId];
    const withDeadline = [...params, a.deadline];
    const submitted = `r.status IN ('submitted', 'approved')`;
    const late = `(r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > $8::date`;
    const expected = `t.kind = ANY($6::text[]) AND t.unit_id <> $7::bigint`;
    const { rows } = await tx.query<{
      groupId: number | null;
      unitName: string | null;
      expected: number;
      submitted: number;
      onTime: number;
    }>(
      `SELECT f.grp::int AS "groupId", (SELECT g.name FROM org_units g WHERE g.id = f.grp) AS "unitName",
              f.expected, f.submitted, f."onTime"
         FROM (SELECT t.grp, count(*)::int AS expected, count(*) FILTER (WHERE ${submitted})::int AS submitted,
                      count(*) FILTER (WHERE ${submitted} AND NOT ${late})::int AS "onTime"
                 FROM ${units.sql} t
                 LEFT JOIN report_submissions r ON r.assignment_id = $5 AND r.unit_id = t.unit_id
                WHERE ${expected}
                GROUP BY ROLLUP (t.grp)) f
        ORDER BY 2 NULLS FIRST`,
      withDeadline,
    );
    const row = (unitId: number, unitName: string, r: { expected: number; submitted: number; onTime: number }) => ({
      unitId,
      unitName,
      expected: r.expected,
      submitted: r.submitted,
      onTime: r.onTime,
      completeness: rate(r.submitted, r.expected),
      timeliness: rate(r.onTime, r.expected),
    });
    const total = rows.find((r) => r.groupId === null) ?? { expected: 0, submitted: 0, onTime: 0 };
    const { rows: missing } = await tx.query<{ id: number; name: string; parentName: string | null }>(
      `SELECT t.unit_id::int AS id, t.name, p.name AS "parentName"
         FROM ${units.sql} t LEFT JOIN org_units p ON p.id = t.parent_id
         LEFT JOIN report_submissions r ON r.assignment_id = $5 AND r.unit_id = t.unit_id
        WHERE ${expected} AND (r.status IS NULL OR NOT ${submitted})
        ORDER BY ltree2text(t.path) COLLATE "C" LIMIT ${LISTED}`,
      params,
    );
    const { rows: lateRows } = await tx.query<{ id: number; name: string; submittedOn: string }>(
      `SELECT t.unit_id::int AS id, t.name,
              to_char(r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS "submittedOn"
         FROM ${units.sql} t JOIN report_submissions r ON r.assignment_id = $5 AND r.unit_id = t.unit_id
        WHERE ${expected} AND ${submitted} AND ${late}
        ORDER BY ltree2text(t.path) COLLATE "C" LIMIT ${LISTED}`,
      withDeadline,
    );
    return {
      assignmentId: a.id,
      formName: form.name,
      periodLabel: a.periodLabel,
      deadline: a.deadline,
      total: row(root, inScope[0].name, total),
      children: rows
        .filter((r) => r.groupId !== null && r.groupId !== root)
        .map((r) => row(r.groupId!, r.unitName!, r)),
      missing,
      late: lateRows,
    };
  });
}
