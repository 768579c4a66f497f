import type { Tx } from '../../db/tx';
import { childCounters, ensureCounters, type Counts, type Round } from './completeness-counters';

type Q = Pick<Tx, 'query'>;
type Units = { sql: string; params: unknown[] };
export type Figures = { total: Counts; children: (Counts & { unitId: number; unitName: string })[] };

/** A report counts once submitted (or approved); a returned one counts again from its next submission. */
export const submittedSql = `r.status IN ('submitted', 'approved')`;
export const lateSql = (deadline: string) =>
  `(r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > ${deadline}::date`;

/**
 * The figures in full: each unit of the subtree once (units: pathUnits or walkUnits, $1–$4), ROLLUP gives the
 * total from the children's groups. Used after a re-parenting since the period's end (the dated walk), and by
 * the tests as the reference the counters must equal.
 */
export async function fullFigures(tx: Q, units: Units, a: Round, root: number): Promise<Figures> {
  const { rows } = await tx.query<Counts & { groupId: number | null; unitName: string | null }>(
    `SELECT f.grp::int AS "groupId", (SELECT g.name FROM org_units g WHERE g.id = f.grp) AS "unitName",
            f.expected, f.submitted, f."onTime"
       FROM (SELECT t.grp, count(*)::int AS expected, count(*) FILTER (WHERE ${submittedSql})::int AS submitted,
                    count(*) FILTER (WHERE ${submittedSql} AND NOT ${lateSql('$8')})::int AS "onTime"
               FROM ${units.sql} t
               LEFT JOIN report_submissions r ON r.assignment_id = $5 AND r.unit_id = t.unit_id
              WHERE t.kind = ANY($6::text[]) AND t.unit_id <> $7::bigint
              GROUP BY ROLLUP (t.grp)) f
      ORDER BY 2 NULLS FIRST`,
    [...units.params, a.id, a.levels, a.unitId, a.deadline],
  );
  return {
    total: rows.find((r) => r.groupId === null) ?? { expected: 0, submitted: 0, onTime: 0 },
    children: rows
      .filter((r) => r.groupId !== null && r.groupId !== root)
      .map((r) => ({
        unitId: r.groupId!,
        unitName: r.unitName!,
        expected: r.expected,
        submitted: r.submitted,
        onTime: r.onTime,
      })),
  };
}

/** The figures from the round's counters: the root's children's rows plus the root's own report. */
export async function countedFigures(tx: Q, a: Round, root: number): Promise<Figures> {
  await ensureCounters(tx, a);
  const children = await childCounters(tx, a.id, root);
  // the root counts whether or not it stood in the period, as in the path range
  const { rows: own } = await tx.query<Counts>(
    `SELECT count(*)::int AS expected, count(*) FILTER (WHERE ${submittedSql})::int AS submitted,
            count(*) FILTER (WHERE ${submittedSql} AND NOT ${lateSql('$4')})::int AS "onTime"
       FROM org_units t LEFT JOIN report_submissions r ON r.assignment_id = $2 AND r.unit_id = t.id
      WHERE t.id = $1 AND t.kind = ANY($3::text[]) AND t.id <> $5::bigint`,
    [root, a.id, a.levels, a.deadline, a.unitId],
  );
  const total = children.reduce(
    (s, c) => ({
      expected: s.expected + c.expected,
      submitted: s.submitted + c.submitted,
      onTime: s.onTime + c.onTime,
    }),
    own[0]!,
  );
  return { total, children };
}
