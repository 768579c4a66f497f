import { AppError, Permission, type DashboardView } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { quarterLabel, quarterOf, yearOf } from './periods';
import { dashboardIndicators, vnToday } from './refresh-snapshots';

/** The indicator a dashboard opens on: the members, the union's first figure. */
const DEFAULT_INDICATOR = 'members.active';

/** The 8 quarter starts up to `year`'s last quarter (or today's, in the current year), oldest first. */
function trendQuarters(year: number, today: string): string[] {
  const thisYear = Number(today.slice(0, 4));
  let y = year;
  let q = year === thisYear ? Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1 : 4;
  const out: string[] = [];
  for (let i = 0; i < 8; i++) {
    out.unshift(quarterOf(y, q).from);
    if (--q === 0) [y, q] = [y - 1, 4];
  }
  return out;
}

/**
 * A unit's dashboard from the snapshots only (reports/dashboards/refresh-snapshots.ts): this year's key
 * figures against targets, the chosen figure's last 8 quarters, the top and bottom 5 children, and the
 * provinces for the map. One indexed statement per block; the .xlsx of each chart is built from this too.
 */
export async function getDashboard(
  ctx: Ctx,
  unitId: number,
  query: { year?: number; indicator?: string },
): Promise<DashboardView> {
  const actor = requireActor(ctx);
  const today = vnToday(ctx.now());
  const year = query.year ?? Number(today.slice(0, 4));
  const indicators = dashboardIndicators();
  const indicator =
    query.indicator ?? (indicators.some((i) => i.key === DEFAULT_INDICATOR) ? DEFAULT_INDICATOR : indicators[0]!.key);
  const chosen = indicators.find((i) => i.key === indicator);
  if (!chosen) throw new AppError('DASHBOARD_INDICATOR_UNKNOWN', { key: indicator, field: 'indicator' });
  const yearStart = yearOf(year).from;
  return ctx.tx('dashboard.read', async (tx) => {
    const { rows: units } = await tx.query<{
      id: number;
      name: string;
      kind: string;
      parentId: number | null;
      path: string;
    }>(
      `SELECT id::int, name, kind, parent_id::int AS "parentId", path::text FROM org_units
        WHERE id = $1 AND path <@ $2::ltree[]`,
      [unitId, scopeFor(actor, Permission.ReportRead)],
    );
    const unit = units[0];
    if (!unit) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
    const { rows: figures } = await tx.query<{
      key: string;
      value: string | null;
      target: string | null;
      at: Date | null;
    }>(
      `SELECT k.key, s.value, t.target, s.computed_at AS at
         FROM unnest($3::text[]) AS k(key)
         LEFT JOIN indicator_snapshots s ON s.unit_id = $1 AND s.indicator_key = k.key
              AND s.period_kind = 'year' AND s.period_start = $2::date
         LEFT JOIN indicator_targets t ON t.unit_id = $1 AND t.year = $4 AND t.indicator_key = k.key`,
      [unitId, yearStart, indicators.map((i) => i.key), year],
    );
    const quarters = trendQuarters(year, today);
    const { rows: trendRows } = await tx.query<{ start: string; value: string }>(
      `SELECT to_char(period_start, 'YYYY-MM-DD') AS start, value FROM indicator_snapshots
        WHERE unit_id = $1 AND indicator_key = $2 AND period_kind = 'quarter' AND period_start = ANY($3::date[])`,
      [unitId, indicator, quarters],
    );
    const { rows: ranked } = await tx.query<{ side: 'top' | 'bottom'; unitId: number; name: string; value: string }>(
      // From the children index (0041) both ways: 5 entries each, whatever the number of children.
      `(SELECT 'top' AS side, c.id::int AS "unitId", c.name, s.value
          FROM indicator_snapshots s JOIN org_units c ON c.id = s.unit_id
         WHERE s.parent_id = $1 AND s.indicator_key = $2 AND s.period_kind = 'year' AND s.period_start = $3::date
           AND c.parent_id = $1 AND c.closed_on IS NULL
         ORDER BY s.value DESC, s.unit_id DESC LIMIT 5)
       UNION ALL
       (SELECT 'bottom', c.id::int, c.name, s.value
          FROM indicator_snapshots s JOIN org_units c ON c.id = s.unit_id
         WHERE s.parent_id = $1 AND s.indicator_key = $2 AND s.period_kind = 'year' AND s.period_start = $3::date
           AND c.parent_id = $1 AND c.closed_on IS NULL
         ORDER BY s.value ASC, s.unit_id ASC LIMIT 5)`,
      [unitId, indicator, yearStart],
    );
    // The provinces under the unit (the nation's 34), or the one it lies in.
    const { rows: provinces } = await tx.query<{
      provinceCode: string;
      unitId: number;
      name: string;
      value: string | null;
    }>(
      `SELECT p.province_code AS "provinceCode", p.id::int AS "unitId", p.name, s.value
         FROM org_units p
         LEFT JOIN indicator_snapshots s ON s.unit_id = p.id AND s.indicator_key = $3
              AND s.period_kind = 'year' AND s.period_start = $4::date
        WHERE (p.parent_id = $1 OR p.id = ANY(string_to_array($2, '.')::bigint[]))
          AND p.kind = 'provincial_federation' AND p.province_code IS NOT NULL AND p.closed_on IS NULL
        ORDER BY p.province_code`,
      [unitId, unit.path, indicator, yearStart],
    );
    const byKey = new Map(figures.map((f) => [f.key, f]));
    const at = figures.map((f) => f.at).filter((d): d is Date => d !== null);
    const byStart = new Map(trendRows.map((r) => [r.start, Number(r.value)]));
    const top = ranked
      .filter((r) => r.side === 'top')
      .map(({ unitId: id, name, value }) => ({ unitId: id, name, value: Number(value) }));
    const bottom = ranked
      .filter((r) => r.side === 'bottom' && !top.some((t) => t.unitId === r.unitId))
      .map(({ unitId: id, name, value }) => ({ unitId: id, name, value: Number(value) }));
    return {
      unit: { id: unit.id, name: unit.name, kind: unit.kind, parentId: unit.parentId },
      year,
      indicator,
      computedAt: at.length ? new Date(Math.max(...at.map((d) => d.getTime()))).toISOString() : null,
      indicators: indicators.map((i) => ({ key: i.key, vi: i.vi, en: i.en, unit: i.unit })),
      keyIndicators: indicators.map((i) => {
        const f = byKey.get(i.key);
        const value = Number(f?.value ?? 0);
        const target = f?.target == null ? null : Number(f.target);
        return {
          key: i.key,
          vi: i.vi,
          en: i.en,
          unit: i.unit,
          value,
          target,
          progress: target ? Math.round((1000 * value) / target) / 10 : null,
        };
      }),
      trend: quarters.map((q) => ({ quarter: quarterLabel(q), periodStart: q, value: byStart.get(q) ?? 0 })),
      top,
      bottom,
      map: provinces.map((p) => ({ ...p, value: Number(p.value ?? 0) })),
    };
  });
}
