import type pg from 'pg';
import { inTransaction, type Tx } from '../../../db/tx';
import type { Schedule } from '../../../kit/scheduler';
import { computeIndicators } from '../indicators/compute';
import { indicatorRegistry, indicatorSource } from '../indicators/registry';
import { periodsToRefresh, type SnapshotPeriod } from './periods';

/** The indicators a dashboard shows: the computed ones (entered ones live in submissions). */
export const dashboardIndicators = () =>
  [...indicatorRegistry().values()].filter((i) => indicatorSource(i) === 'computed');

/**
 * Recomputes one period's snapshot for every unit (or every unit of a subtree) at once: the engine (computeIndicators, the reports'
 * figures) with every unit as a group, then the period's rows replaced. One transaction per period, so a
 * dashboard reads either the old figures or the new ones. Returns the rows written.
 */
export async function refreshPeriod(
  tx: Pick<Tx, 'query'>,
  period: SnapshotPeriod,
  rootUnitId?: number,
): Promise<number> {
  const indicators = dashboardIndicators();
  const { byGroup } = await computeIndicators(tx, indicators, {
    everyUnit: true,
    from: period.from,
    to: period.to,
    rootUnitId,
  });
  const units: number[] = [];
  const keys: string[] = [];
  const values: number[] = [];
  for (const [unitId, figures] of byGroup) {
    for (const i of indicators) {
      units.push(unitId);
      keys.push(i.key);
      values.push(figures[i.key] ?? 0);
    }
  }
  // A subtree's refresh replaces its own units' rows only.
  await tx.query(
    `DELETE FROM indicator_snapshots WHERE period_kind = $1 AND period_start = $2
        AND ($3::bigint IS NULL OR unit_id IN (SELECT group_id FROM indicator_scope))`,
    [period.kind, period.from, rootUnitId ?? null],
  );
  await tx.query(
    // parent_id: the unit's parent now, so a dashboard ranks a unit's children from one index (0041).
    `INSERT INTO indicator_snapshots (unit_id, parent_id, indicator_key, period_kind, period_start, value)
     SELECT x.u, o.parent_id, x.k, $4, $5, x.v
       FROM unnest($1::bigint[], $2::text[], $3::numeric[]) AS x(u, k, v) JOIN org_units o ON o.id = x.u
     ON CONFLICT (unit_id, indicator_key, period_kind, period_start)
     DO UPDATE SET value = EXCLUDED.value, parent_id = EXCLUDED.parent_id, computed_at = EXCLUDED.computed_at`,
    [units, keys, values, period.kind, period.from],
  );
  return units.length;
}

/** Vietnam's date today (yyyy-mm-dd). */
export const vnToday = (now: Date) => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** Refreshes the last `quarters` quarters and their years, one transaction each, reporting progress. */
export async function refreshSnapshots(
  run: (period: SnapshotPeriod) => Promise<number>,
  args: { today: string; quarters: number; progress?: (done: number, total: number) => Promise<void> },
): Promise<{ periods: number; rows: number }> {
  const periods = periodsToRefresh(args.today, args.quarters);
  let rows = 0;
  for (const [n, p] of periods.entries()) {
    rows += await run(p);
    await args.progress?.(n + 1, periods.length);
  }
  return { periods: periods.length, rows };
}

/** With the pool, as the system: the nightly schedule and the CLI. */
export function refreshWithPool(pool: pg.Pool, quarters: number, now = new Date()) {
  return refreshSnapshots(
    (period) =>
      inTransaction(
        pool,
        { actorId: null, actorName: 'system', source: 'system', requestId: null, action: 'dashboard.refresh' },
        (tx) => refreshPeriod(tx, period),
      ),
    { today: vnToday(now), quarters },
  );
}

/**
 * Declared by module.ts: daily, the current and the previous quarter (late entries still move them); on a
 * database with no snapshot yet (a fresh install, the demo), the last 8 quarters, soon after start. Claimed:
 * once a day for the installation, not again at every restart or in every API process.
 */
export const snapshotSchedule: Schedule = {
  name: 'reports.dashboard_snapshots',
  claimed: true,
  firstAfterMs: 20_000,
  everyMs: 24 * 60 * 60_000,
  run: async (pool) => {
    const { rows: any } = await pool.query('SELECT 1 FROM indicator_snapshots LIMIT 1');
    const { rows } = await refreshWithPool(pool, any[0] ? 2 : 8);
    return `dashboard snapshots: ${rows} figures`;
  },
};
