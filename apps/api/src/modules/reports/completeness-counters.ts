import type { Tx } from '../../db/tx';
import { pathUnits } from './completeness-units';

type Q = Pick<Tx, 'query'>;
export type Round = {
  id: number;
  unitId: number;
  periodFrom: string;
  periodTo: string;
  deadline: string;
  levels: string[];
};
export type Counts = { expected: number; submitted: number; onTime: number };

/**
 * Makes sure the round's counters (completeness_counters: per unit of its subtree, expected / submitted / on time
 * over that unit's subtree) match today's tree, building them when missing or built on an older tree version.
 * Only for rounds whose tree did not change after the period's end (the path range); the dated walk is computed
 * in full by the caller. The exclusive advisory lock makes a concurrent submission's trigger wait for the build
 * (see migration completeness_counters), so no submission is lost between the build's read and its commit.
 */
export async function ensureCounters(tx: Q, a: Round): Promise<void> {
  const fresh = async () =>
    (
      await tx.query<{ ok: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM completeness_builds b, org_tree_version v
                         WHERE b.assignment_id = $1 AND b.tree_version = v.version) AS ok`,
        [a.id],
      )
    ).rows[0]!.ok;
  if (await fresh()) return;
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('completeness_counters'), $1::int)`, [a.id]);
  if (await fresh()) return; // built by another request while this one waited
  const units = await pathUnits(tx, { rootUnitId: a.unitId, from: a.periodFrom, to: a.periodTo });
  await tx.query('DELETE FROM completeness_counters WHERE assignment_id = $1', [a.id]);
  // $1–$4 the subtree's; $5 round, $6 levels, $7 assigning unit, $8 deadline. Each expected unit counts in
  // itself and every ancestor from the round's unit down (the path's labels are the unit ids).
  await tx.query(
    `INSERT INTO completeness_counters (assignment_id, unit_id, counted, expected, submitted, on_time)
     SELECT $5, x.anc, bool_or(x.self), count(*), count(*) FILTER (WHERE e.sub), count(*) FILTER (WHERE e.on_time)
       FROM (SELECT t.path, r.status IN ('submitted', 'approved') IS TRUE AS sub,
                    (r.status IN ('submitted', 'approved')
                     AND (r.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= $8::date) IS TRUE AS on_time
               FROM ${units.sql} t
               LEFT JOIN report_submissions r ON r.assignment_id = $5 AND r.unit_id = t.unit_id
              WHERE t.kind = ANY($6::text[]) AND t.unit_id <> $7::bigint) e,
            generate_series(nlevel($4::ltree), nlevel(e.path)) i,
            LATERAL (SELECT ltree2text(subpath(e.path, i - 1, 1))::bigint AS anc, i = nlevel(e.path) AS self) x
      GROUP BY x.anc`,
    [...units.params, a.id, a.levels, a.unitId, a.deadline],
  );
  await tx.query(
    `INSERT INTO completeness_builds (assignment_id, tree_version) SELECT $1, version FROM org_tree_version
     ON CONFLICT (assignment_id) DO UPDATE SET tree_version = EXCLUDED.tree_version`,
    [a.id],
  );
}

/** The counters of a unit's children that expect any report, by name, as the page lists them. */
export async function childCounters(
  tx: Q,
  assignmentId: number,
  unitId: number,
): Promise<(Counts & { unitId: number; unitName: string })[]> {
  const { rows } = await tx.query<Counts & { unitId: number; unitName: string }>(
    `SELECT u.id::int AS "unitId", u.name AS "unitName", c.expected, c.submitted, c.on_time AS "onTime"
       FROM org_units u JOIN completeness_counters c ON c.assignment_id = $1 AND c.unit_id = u.id
      WHERE u.parent_id = $2 AND c.expected > 0
      ORDER BY u.name`,
    [assignmentId, unitId],
  );
  return rows;
}
