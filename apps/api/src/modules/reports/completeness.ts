import { AppError, Permission, type Completeness } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { fillIndicatorScope } from './indicators/scope';
import { assignmentFor, formById } from './reports.queries';

const rate = (n: number, d: number) => (d === 0 ? 0 : Math.round((1000 * n) / d) / 10);

/**
 * Completeness (submitted ÷ expected) and timeliness (submitted by the deadline ÷ expected) of an assignment
 * for a unit's subtree and each of its children, as DHIS2 shows them, with the missing and late units named.
 * A report returned and submitted again counts from its last submission.
 */
export async function reportCompleteness(ctx: Ctx, assignmentId: number, unitId?: number): Promise<Completeness> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.ReportRead);
  return ctx.tx('report.completeness', async (tx) => {
    const a = await assignmentFor(tx, assignmentId, scopes);
    const form = await formById(tx, a.formId);
    const root = unitId ?? a.unitId;
    const { rows: inScope } = await tx.query(
      `SELECT 1 FROM org_units u, org_units top
        WHERE u.id = $1 AND top.id = $2 AND u.path <@ top.path AND u.path <@ $3::ltree[]`,
      [root, a.unitId, scopes],
    );
    if (!inScope[0]) throw new AppError('UNIT_NOT_FOUND', { id: root });
    await fillIndicatorScope(tx, { rootUnitId: root, from: a.periodFrom, to: a.periodTo, byChild: true });
    const { rows } = await tx.query<{
      groupId: number;
      unitName: string;
      expected: number;
      submitted: number;
      onTime: number;
    }>(
      `SELECT s.group_id::int AS "groupId", g.name AS "unitName", count(*)::int AS expected,
              count(*) FILTER (WHERE r.status IN ('submitted', 'approved'))::int AS submitted,
              count(*) FILTER (WHERE r.status IN ('submitted', 'approved')
                AND (r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= $3::date)::int AS "onTime"
         FROM indicator_scope s JOIN org_units u ON u.id = s.unit_id JOIN org_units g ON g.id = s.group_id
         LEFT JOIN report_submissions r ON r.assignment_id = $1 AND r.unit_id = u.id
        WHERE u.kind = ANY($2::text[]) AND u.id <> $4
        GROUP BY s.group_id, g.name ORDER BY g.name`,
      [a.id, form.levels, a.deadline, a.unitId],
    );
    const row = (r: (typeof rows)[number]) => ({
      unitId: r.groupId,
      unitName: r.unitName,
      expected: r.expected,
      submitted: r.submitted,
      onTime: r.onTime,
      completeness: rate(r.submitted, r.expected),
      timeliness: rate(r.onTime, r.expected),
    });
    const total = rows.find((r) => r.groupId === root);
    const { rows: missing } = await tx.query<{ id: number; name: string; parentName: string | null }>(
      `SELECT u.id::int, u.name, p.name AS "parentName"
         FROM indicator_scope s JOIN org_units u ON u.id = s.unit_id LEFT JOIN org_units p ON p.id = u.parent_id
         LEFT JOIN report_submissions r ON r.assignment_id = $1 AND r.unit_id = u.id
        WHERE s.group_id = $3 AND u.kind = ANY($2::text[]) AND u.id <> $4
          AND (r.status IS NULL OR r.status NOT IN ('submitted', 'approved'))
        ORDER BY p.name, u.name LIMIT 500`,
      [a.id, form.levels, root, a.unitId],
    );
    const { rows: late } = await tx.query<{ id: number; name: string; submittedOn: string }>(
      `SELECT u.id::int, u.name, to_char(r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS "submittedOn"
         FROM indicator_scope s JOIN org_units u ON u.id = s.unit_id
         JOIN report_submissions r ON r.assignment_id = $1 AND r.unit_id = u.id
        WHERE s.group_id = $2 AND r.status IN ('submitted', 'approved')
          AND (r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > $3::date
        ORDER BY u.name LIMIT 500`,
      [a.id, root, a.deadline],
    );
    const { rows: rootName } = await tx.query<{ name: string }>('SELECT name FROM org_units WHERE id = $1', [root]);
    return {
      assignmentId: a.id,
      formName: form.name,
      periodLabel: a.periodLabel,
      deadline: a.deadline,
      total: total
        ? row(total)
        : {
            unitId: root,
            unitName: rootName[0]!.name,
            expected: 0,
            submitted: 0,
            onTime: 0,
            completeness: 0,
            timeliness: 0,
          },
      children: rows.filter((r) => r.groupId !== root).map(row),
      missing,
      late,
    };
  });
}
