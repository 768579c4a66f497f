import { AppError, Permission, type FigureRows } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { drillIndicator } from './indicators/drill';
import { assignmentFor, formById, formIndicators, reportUnitFor } from './reports.queries';

export const FIGURE_ROWS_PAGE_SIZE = 50;

/**
 * The rows behind one computed figure of a unit's report (drill-down): for whoever may read that report, over
 * the unit's subtree and the round's period, as the engine computes the figure.
 */
export async function listFigureRows(
  ctx: Ctx,
  assignmentId: number,
  unitId: number,
  key: string,
  page: number,
): Promise<FigureRows> {
  const actor = requireActor(ctx);
  const readScopes = scopeFor(actor, Permission.ReportRead);
  return ctx.tx('report.figure_rows', async (tx) => {
    const a = await assignmentFor(tx, assignmentId, readScopes);
    const form = await formById(tx, a.formId);
    await reportUnitFor(tx, a, form, unitId, readScopes);
    const indicator = formIndicators(form).get(key);
    if (!indicator || indicator.source !== 'computed' || !indicator.drillSql)
      throw new AppError('REPORT_FIGURE_NO_ROWS', { key });
    const rows = await drillIndicator(tx, indicator, {
      rootUnitId: unitId,
      from: a.periodFrom,
      to: a.periodTo,
      page,
      pageSize: FIGURE_ROWS_PAGE_SIZE,
    });
    return { key, vi: indicator.vi, unit: indicator.unit, page, pageSize: FIGURE_ROWS_PAGE_SIZE, ...rows };
  });
}
