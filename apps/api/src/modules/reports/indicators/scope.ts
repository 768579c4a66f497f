import type { Tx } from '../../../db/tx';

type Q = Pick<Tx, 'query'>;

/**
 * Fills the temporary table indicator_scope(group_id, unit_id) for a unit and period, inside the caller's
 * transaction (dropped at commit). Group `root` holds the whole subtree; with `byChild`, each child of the
 * root also has its own group (group_id = the child), holding that child's subtree.
 *
 * The tree is the one that stood at the period's end (org_unit_parents), so a unit that moved in July
 * reports Q2 under its old parent. A unit closed during the period counts under the parent it had on its
 * last day; a unit closed before the period, or founded after it, has no facts in it and is left out.
 */
export async function fillIndicatorScope(
  tx: Q,
  args: { rootUnitId: number; from: string; to: string; byChild: boolean },
): Promise<void> {
  await tx.query(
    `CREATE TEMP TABLE IF NOT EXISTS indicator_scope (group_id bigint NOT NULL, unit_id bigint NOT NULL) ON COMMIT DROP`,
  );
  await tx.query('TRUNCATE indicator_scope');
  await tx.query(
    `WITH RECURSIVE t(unit_id, grp, depth) AS (
       SELECT $1::bigint, $1::bigint, 0
       UNION ALL
       SELECT h.unit_id, CASE WHEN t.depth = 0 THEN h.unit_id ELSE t.grp END, t.depth + 1
         FROM t
         JOIN org_unit_parents h ON h.parent_id = t.unit_id
         JOIN org_units c ON c.id = h.unit_id
        WHERE t.depth < 20
          AND (c.founded_on IS NULL OR c.founded_on <= $3::date)
          AND (c.closed_on IS NULL OR c.closed_on >= $2::date)
          AND h.valid_from <= least($3::date, c.closed_on - 1)
          AND (h.valid_to IS NULL OR h.valid_to > least($3::date, c.closed_on - 1))
     )
     INSERT INTO indicator_scope (group_id, unit_id)
     SELECT $1, unit_id FROM t
     UNION ALL
     SELECT grp, unit_id FROM t WHERE $4 AND depth >= 1`,
    [args.rootUnitId, args.from, args.to, args.byChild],
  );
  // The planner knows nothing of a fresh temporary table; a subtree of 100,000 units needs a hash join.
  await tx.query('ANALYZE indicator_scope');
}

/**
 * Fills indicator_scope with every unit of the tree that stood at the period's end, once under each of its
 * ancestors and once under itself: group g then holds g's whole subtree, so one statement per indicator
 * gives every unit's subtree figure at once (the dashboards' snapshots, reports/dashboards/). Same rules as
 * fillIndicatorScope for units founded, closed or moved. With `rootUnitId`, only that unit's subtree (its
 * units' figures do not depend on anything outside it).
 */
export async function fillEveryUnitScope(
  tx: Q,
  args: { from: string; to: string; rootUnitId?: number },
): Promise<void> {
  await tx.query(
    `CREATE TEMP TABLE IF NOT EXISTS indicator_scope (group_id bigint NOT NULL, unit_id bigint NOT NULL) ON COMMIT DROP`,
  );
  await tx.query('TRUNCATE indicator_scope');
  await tx.query(
    `WITH RECURSIVE t(unit_id, ancestors, depth) AS (
       SELECT r.id, ARRAY[r.id], 0 FROM org_units r
        WHERE CASE WHEN $3::bigint IS NULL THEN r.parent_id IS NULL ELSE r.id = $3::bigint END
       UNION ALL
       SELECT h.unit_id, t.ancestors || h.unit_id, t.depth + 1
         FROM t
         JOIN org_unit_parents h ON h.parent_id = t.unit_id
         JOIN org_units c ON c.id = h.unit_id
        WHERE t.depth < 20
          AND (c.founded_on IS NULL OR c.founded_on <= $2::date)
          AND (c.closed_on IS NULL OR c.closed_on >= $1::date)
          AND h.valid_from <= least($2::date, c.closed_on - 1)
          AND (h.valid_to IS NULL OR h.valid_to > least($2::date, c.closed_on - 1))
     )
     INSERT INTO indicator_scope (group_id, unit_id)
     SELECT unnest(ancestors), unit_id FROM t`,
    [args.from, args.to, args.rootUnitId ?? null],
  );
  await tx.query('ANALYZE indicator_scope');
}
