import { AppError, Permission, type IndicatorTargetInput } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { dashboardIndicators } from './refresh-snapshots';

/**
 * Sets (creates or changes) a unit's yearly target for an indicator, as those who assign its reports may;
 * audited by the table's trigger. A count takes a whole number, a percentage at most 100.
 */
export async function saveTarget(ctx: Ctx, unitId: number, input: IndicatorTargetInput) {
  const actor = requireActor(ctx);
  const indicator = dashboardIndicators().find((i) => i.key === input.indicator);
  if (!indicator) throw new AppError('DASHBOARD_INDICATOR_UNKNOWN', { key: input.indicator, field: 'indicator' });
  if ((indicator.unit === 'count' || indicator.unit === 'vnd') && !Number.isInteger(input.target)) {
    throw new AppError('DASHBOARD_TARGET_NOT_WHOLE', { name: indicator.vi, field: 'target' });
  }
  if (indicator.unit === 'percent' && input.target > 100) {
    throw new AppError('DASHBOARD_TARGET_OVER_100', { name: indicator.vi, field: 'target' });
  }
  return ctx.tx('dashboard.target', async (tx) => {
    const { rows: unit } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      unitId,
      scopeFor(actor, Permission.ReportWrite),
    ]);
    if (!unit[0]) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO indicator_targets (unit_id, year, indicator_key, target, created_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (unit_id, year, indicator_key) DO UPDATE SET target = EXCLUDED.target, updated_at = now()
       RETURNING id::int`,
      [unitId, input.year, input.indicator, input.target, actorUserId(actor)],
    );
    return { id: rows[0]!.id, year: input.year, indicator: input.indicator, target: input.target };
  });
}
