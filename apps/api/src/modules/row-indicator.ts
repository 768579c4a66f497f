import { inFederations, type Indicator } from './declaration';

/**
 * How a computed indicator finds its rows: joins after `indicator_scope s`, the condition, and what one row
 * shows in the drill-down. The figure and the drill-down are both built from this, so they cannot drift.
 */
export type IndicatorRows = {
  /** joins after `indicator_scope s` (s.unit_id is the unit a row counts at) */
  from: string;
  /** the condition on the period ($1::date, $2::date) and the facts */
  where: string;
  /** the figure sums this expression instead of counting rows; the drill-down shows it as the row's amount */
  sum?: string;
  /** One row as the drill-down shows it: an id, a label (a title or a person's name, never an ID number or phone), a date. */
  row: { id: string; label: string; onDate: string };
  /** the condition reads other rows of the group in indicator_scope (see Indicator.readsGroup) */
  readsGroup?: true;
  /** a federation_id column of the counted rows: the figure reads only the scope's federations (inFederations) */
  federation?: string;
};

/**
 * `column` (a timestamptz) falls on a day of the period, Vietnam time: the same rows as
 * `(column AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $1 AND $2`, written as a range of the column itself so
 * that an index on it serves (the quarter's events, not every event of five years).
 */
export const vnDayInPeriod = (column: string) =>
  `${column} >= ($1::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND ${column} < (($2::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`;

/** A computed indicator whose figure counts (or sums over) rows, with the drill-down listing those rows. */
export function rowIndicator(base: Omit<Indicator, 'sql' | 'drillSql' | 'ratioOf'>, q: IndicatorRows): Indicator {
  const value = q.sum ? `coalesce(sum(${q.sum}), 0)` : 'count(*)';
  return {
    ...base,
    ...(q.readsGroup ? { readsGroup: true as const } : {}),
    sql: `SELECT s.group_id, ${value} AS value FROM indicator_scope s ${q.from}
           WHERE ${q.where}${q.federation ? ` AND ${inFederations(q.federation)}` : ''} GROUP BY s.group_id`,
    drillSql: `SELECT ${q.row.id} AS id, ${q.row.label} AS label, drill_unit.name AS unit_name,
                      (${q.row.onDate})::date AS on_date, ${q.sum ?? 'NULL::bigint'} AS amount
                 FROM indicator_scope s ${q.from} JOIN org_units drill_unit ON drill_unit.id = s.unit_id
                WHERE s.group_id = $3 AND ${q.where}`,
  };
}
