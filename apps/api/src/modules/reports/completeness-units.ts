import type { Tx } from '../../db/tx';
import { treeChangedAfter, walkTree } from './indicators/scope';

type Q = Pick<Tx, 'query'>;
type Args = { rootUnitId: number; from: string; to: string };
type Units = { sql: string; params: unknown[] };

/**
 * The units of a subtree as it stood at the period's end, each once, with the group it counts in: the root
 * itself in the root's group, every other unit in the group of the root's child above it. Returns a derived
 * table `(unit_id, grp, path)` to join. Same tree as fillIndicatorScope; but when the tree has not changed since
 * the period's end (nearly always) it is a plain path range with no temporary table, so the completeness page
 * of the nation reads the 133,000 units once instead of writing and analysing 266,000 scope rows.
 * Parameters: $1–$4 are the subtree's (root, period, root's path); the caller's own follow.
 */
export async function subtreeUnits(tx: Q, args: Args): Promise<Units> {
  return (await treeChangedAfter(tx, args.to)) ? walkUnits(tx, args) : pathUnits(tx, args);
}

/** The dated walk (fillIndicatorScope's), when a unit was re-parented after the period's end. */
export async function walkUnits(tx: Q, args: Args): Promise<Units> {
  await tx.query(
    `CREATE TEMP TABLE IF NOT EXISTS indicator_scope (group_id bigint NOT NULL, unit_id bigint NOT NULL) ON COMMIT DROP`,
  );
  await tx.query('TRUNCATE indicator_scope');
  await walkTree(tx, { ...args, byChild: true, wholeRoot: false });
  await tx.query('ANALYZE indicator_scope');
  return {
    // the cross join types the parameters, which the walk already applied
    sql: `(SELECT s.unit_id, s.group_id AS grp, u.path, u.kind, u.name, u.parent_id
             FROM indicator_scope s JOIN org_units u ON u.id = s.unit_id, (SELECT $1::bigint, $2::date, $3::date, $4::ltree) AS p)`,
    params: [args.rootUnitId, args.from, args.to, null],
  };
}

/** Today's paths: the tree as it stood whenever treeChangedAfter(to) is false. */
export async function pathUnits(tx: Q, args: Args): Promise<Units> {
  // The root's path as a value, not a join: the planner then estimates the subtree's size from the path's
  // statistics (a join gives it 40 rows for 133,000, and 133,000 index probes follow).
  const { rows } = await tx.query<{ path: string }>('SELECT path::text FROM org_units WHERE id = $1', [
    args.rootUnitId,
  ]);
  return {
    sql: `(SELECT u.id AS unit_id, u.path, u.kind, u.name, u.parent_id,
                  CASE WHEN u.id = $1::bigint THEN u.id
                       ELSE ltree2text(subpath(u.path, nlevel($4::ltree), 1))::bigint END AS grp
             FROM org_units u
            WHERE u.path <@ $4::ltree
              AND (u.id = $1::bigint OR ((u.founded_on IS NULL OR u.founded_on <= $3::date)
                                         AND (u.closed_on IS NULL OR u.closed_on >= $2::date))))`,
    params: [args.rootUnitId, args.from, args.to, rows[0]!.path],
  };
}
