import type { Indicator } from '../../declaration';
import type { Tx } from '../../../db/tx';
import { indicatorRegistry } from './registry';
import { fillEveryUnitScope, fillIndicatorScope } from './scope';

type Q = Pick<Tx, 'query'>;

export type IndicatorValues = {
  /** group id (the root, or a child of it) → indicator key → value */
  byGroup: Map<number, Record<string, number>>;
};

/**
 * The computed figures of `indicators` for a unit's subtree (and, with byChild, each child's subtree) in a
 * period. One statement per indicator over the whole scope; ratios from their two sums, as percentages
 * with one decimal. Entered indicators (no SQL) are not touched here: submissions carry them.
 * With everyUnit, every unit of the tree is a group (its subtree): the dashboards' snapshots.
 * Run it inside a transaction: the scope is a temporary table dropped at commit.
 */
export async function computeIndicators(
  tx: Q,
  indicators: readonly Indicator[],
  args:
    | { rootUnitId: number; from: string; to: string; byChild: boolean }
    | { everyUnit: true; from: string; to: string; rootUnitId?: number },
): Promise<IndicatorValues> {
  // With byChild, each unit is in the scope once (the root's group holds the root alone) and the root's figure
  // is the sum of its groups': half the rows to join at the nation. A statement that reads its group's other
  // rows (readsGroup) is run last, once the root's group holds the whole subtree again.
  const summedRoot = !('everyUnit' in args) && args.byChild ? args.rootUnitId : null;
  if ('everyUnit' in args) await fillEveryUnitScope(tx, args);
  else await fillIndicatorScope(tx, { ...args, wholeRoot: summedRoot === null });
  const { rows: groups } = await tx.query<{ group_id: string }>('SELECT DISTINCT group_id FROM indicator_scope');
  const federations = await scopeFederations(tx, args.rootUnitId);
  const byGroup = new Map<number, Record<string, number>>();
  for (const g of groups) byGroup.set(Number(g.group_id), {});
  const byKey = new Map([...indicatorRegistry(), ...indicators.map((i) => [i.key, i] as const)]);
  const needed = new Set<string>();
  for (const i of indicators) {
    if (i.sql) needed.add(i.key);
    if (i.ratioOf) needed.add(i.ratioOf.numerator).add(i.ratioOf.denominator);
  }
  const computed = [...needed].map((key) => byKey.get(key)).filter((i): i is Indicator => !!i?.sql);
  const run = async (i: Indicator, sumRoot: boolean) => {
    for (const values of byGroup.values()) values[i.key] = 0;
    // The cross join types the three parameters, whichever of them the statement uses.
    const { rows } = await tx.query<{ group_id: string; value: string | number }>(
      `SELECT figure.group_id, figure.value FROM (${i.sql}) AS figure, (SELECT $1::date, $2::date, $3::bigint[]) AS period`,
      [args.from, args.to, federations],
    );
    let total = 0;
    for (const r of rows) {
      const values = byGroup.get(Number(r.group_id));
      if (values) values[i.key] = Number(r.value);
      total += Number(r.value);
    }
    if (sumRoot && summedRoot !== null) byGroup.get(summedRoot)![i.key] = total;
  };
  for (const i of computed) if (summedRoot === null || !i.readsGroup) await run(i, true);
  const rest = summedRoot === null ? [] : computed.filter((i) => i.readsGroup);
  if (rest.length > 0) {
    await tx.query(
      'INSERT INTO indicator_scope (group_id, unit_id) SELECT $1, unit_id FROM indicator_scope WHERE group_id <> $1',
      [summedRoot],
    );
    await tx.query('ANALYZE indicator_scope');
    for (const i of rest) await run(i, false);
  }
  for (const i of indicators) {
    if (!i.ratioOf) continue;
    for (const values of byGroup.values()) {
      const d = values[i.ratioOf.denominator] ?? 0;
      values[i.key] = d === 0 ? 0 : Math.round((1000 * (values[i.ratioOf.numerator] ?? 0)) / d) / 10;
    }
  }
  return { byGroup };
}

/**
 * The federations (federation_id, migration federation_key) of the scope's units, for statements that would
 * otherwise read the nation's rows of a date range and join the scope afterwards: a province then reads its own.
 * NULL at the nation (every federation: no filter). Taken from the scope, not the root, since the dated walk may
 * hold a unit that has since moved to another federation (its rows moved with it).
 */
async function scopeFederations(tx: Q, rootUnitId: number | undefined): Promise<string[] | null> {
  const { rows } = await tx.query<{ federations: string[] | null }>(
    `SELECT CASE WHEN $1::bigint IS NULL OR EXISTS (SELECT 1 FROM org_units WHERE id = $1 AND parent_id IS NULL)
                 THEN NULL
                 ELSE (SELECT array_agg(DISTINCT ltree_federation(u.path))::text[]
                         FROM indicator_scope s JOIN org_units u ON u.id = s.unit_id) END AS federations`,
    [rootUnitId ?? null],
  );
  return rows[0]?.federations ?? null;
}
