import type { Indicator } from '../../declaration';
import type { Tx } from '../../../db/tx';
import { fillIndicatorScope } from './scope';

type Q = Pick<Tx, 'query'>;

export type DrillRow = {
  id: number;
  label: string | null;
  unitName: string;
  onDate: string | null;
  amount: number | null;
};
export type DrillPage = { total: number; sum: number | null; items: DrillRow[] };

/**
 * The rows behind one computed figure of a unit's subtree in a period, a page at a time (newest first): the
 * indicator's drillSql over the same scope the figure was computed on. `total` (and `sum` for an amount)
 * equal the figure. Run it inside a transaction: the scope is a temporary table dropped at commit.
 */
export async function drillIndicator(
  tx: Q,
  indicator: Indicator,
  args: { rootUnitId: number; from: string; to: string; page: number; pageSize: number },
): Promise<DrillPage> {
  if (!indicator.drillSql) return { total: 0, sum: null, items: [] };
  await fillIndicatorScope(tx, { ...args, byChild: false });
  const params = [args.from, args.to, args.rootUnitId];
  // The cross join types all three parameters, whichever of them the statement uses.
  const rows = `(SELECT d.* FROM (${indicator.drillSql}) AS d, (SELECT $1::date, $2::date, $3::bigint) AS p)`;
  const { rows: totals } = await tx.query<{ total: number; sum: string | null }>(
    `SELECT count(*)::int AS total, sum(amount)::text AS sum FROM ${rows} AS r`,
    params,
  );
  const { rows: items } = await tx.query<DrillRow>(
    `SELECT id::int AS id, label, unit_name AS "unitName", to_char(on_date, 'YYYY-MM-DD') AS "onDate",
            amount::float8 AS amount
       FROM ${rows} AS r ORDER BY on_date DESC NULLS LAST, id DESC LIMIT $4 OFFSET $5`,
    [...params, args.pageSize, (args.page - 1) * args.pageSize],
  );
  return { total: totals[0]!.total, sum: totals[0]!.sum == null ? null : Number(totals[0]!.sum), items };
}
