import type { Tx } from '../../../db/tx';

type Q = Pick<Tx, 'query'>;
/** wholeRoot false: the root's group holds only the root itself (its subtree's figure is then summed). */
type ScopeArgs = { rootUnitId: number; from: string; to: string; byChild: boolean; wholeRoot?: boolean };

/**
 * The walk's step condition: child `c` under parent edge `h` stood at the period's end (`to`), was founded by
 * then and not closed before the period began (`from`); a unit closed in the period counts under its last parent.
 */
const stoodInPeriod = (from: string, to: string) => `(c.founded_on IS NULL OR c.founded_on <= ${to}::date)
          AND (c.closed_on IS NULL OR c.closed_on >= ${from}::date)
          AND h.valid_from <= least(${to}::date, c.closed_on - 1)
          AND (h.valid_to IS NULL OR h.valid_to > least(${to}::date, c.closed_on - 1))`;

/**
 * Fills the temporary table indicator_scope(group_id, unit_id) for a unit and period, inside the caller's
 * transaction (dropped at commit). Group `root` holds the whole subtree; with `byChild`, each child of the
 * root also has its own group (group_id = the child), holding that child's subtree. With `wholeRoot: false`
 * the root's group holds the root alone (each unit once; the caller sums the subtree, see compute.ts).
 *
 * The tree is the one that stood at the period's end (org_unit_parents), so a unit that moved in July
 * reports Q2 under its old parent. A unit closed during the period counts under the parent it had on its
 * last day; a unit closed before the period, or founded after it, has no facts in it and is left out.
 */
export async function fillIndicatorScope(tx: Q, args: ScopeArgs): Promise<void> {
  await tx.query(
    `CREATE TEMP TABLE IF NOT EXISTS indicator_scope (group_id bigint NOT NULL, unit_id bigint NOT NULL) ON COMMIT DROP`,
  );
  await tx.query('TRUNCATE indicator_scope');
  // Most periods end after the last re-parenting: today's paths are then the tree as it stood, and the subtree
  // is one path range (133,000 units at the nation in a fraction of the walk's time). A unit re-parented after
  // the period's end, or given its first parent after it while founded before it, needs the dated walk.
  if (await treeChangedAfter(tx, args.to)) await walkTree(tx, args);
  else await pathScope(tx, args);
  // The planner knows nothing of a fresh temporary table; a subtree of 100,000 units needs a hash join.
  await tx.query('ANALYZE indicator_scope');
}

/** The dated walk down org_unit_parents: each unit under the parent it had at the period's end. */
export async function walkTree(tx: Q, args: ScopeArgs): Promise<void> {
  await tx.query(
    `WITH RECURSIVE t(unit_id, grp, depth) AS (
       SELECT $1::bigint, $1::bigint, 0
       UNION ALL
       SELECT h.unit_id, CASE WHEN t.depth = 0 THEN h.unit_id ELSE t.grp END, t.depth + 1
         FROM t
         JOIN org_unit_parents h ON h.parent_id = t.unit_id
         JOIN org_units c ON c.id = h.unit_id
        WHERE t.depth < 20
          AND ${stoodInPeriod('$2', '$3')}
     )
     INSERT INTO indicator_scope (group_id, unit_id)
     SELECT $1, unit_id FROM t WHERE $5 OR depth = 0
     UNION ALL
     SELECT grp, unit_id FROM t WHERE $4 AND depth >= 1`,
    [args.rootUnitId, args.from, args.to, args.byChild, args.wholeRoot ?? true],
  );
}

/** Whether a unit was re-parented after `to` (or first given a parent after it, founded before it). */
export async function treeChangedAfter(tx: Q, to: string): Promise<boolean> {
  const { rows } = await tx.query<{ changed: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM org_unit_parents h JOIN org_units u ON u.id = h.unit_id
                     WHERE h.valid_from > $1::date
                       AND (u.founded_on IS NULL OR (u.founded_on <= $1::date AND h.valid_from > u.founded_on))) AS changed`,
    [to],
  );
  return rows[0]!.changed;
}

/** The subtree by today's paths: the tree as it stood whenever treeChangedAfter(to) is false. */
export async function pathScope(tx: Q, args: ScopeArgs): Promise<void> {
  await tx.query(
    `WITH t AS (
         SELECT u.id AS unit_id, CASE WHEN u.id = r.id THEN r.id ELSE ltree2text(subpath(u.path, nlevel(r.path), 1))::bigint END AS grp, u.id = r.id AS is_root
           FROM org_units r JOIN org_units u ON u.path <@ r.path
          WHERE r.id = $1
            AND (u.id = r.id OR ((u.founded_on IS NULL OR u.founded_on <= $3::date)
                                 AND (u.closed_on IS NULL OR u.closed_on >= $2::date))))
       INSERT INTO indicator_scope (group_id, unit_id)
       SELECT $1, unit_id FROM t WHERE $5 OR is_root
       UNION ALL
       SELECT grp, unit_id FROM t WHERE $4 AND NOT is_root`,
    [args.rootUnitId, args.from, args.to, args.byChild, args.wholeRoot ?? true],
  );
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
          AND ${stoodInPeriod('$1', '$2')}
     )
     INSERT INTO indicator_scope (group_id, unit_id)
     SELECT unnest(ancestors), unit_id FROM t`,
    [args.from, args.to, args.rootUnitId ?? null],
  );
  await tx.query('ANALYZE indicator_scope');
}
