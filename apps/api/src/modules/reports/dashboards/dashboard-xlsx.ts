import type { DashboardChart, DashboardView } from '@congdoan/domain';
import type { Ctx } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { XlsxBook, type XlsxColumn, type XlsxKind } from '../../../kit/spreadsheet/xlsx-writer';
import { getDashboard } from './get-dashboard';

type Unit = DashboardView['keyIndicators'][number]['unit'];
const kindOf = (unit: Unit): XlsxKind => (unit === 'vnd' ? 'money' : unit === 'percent' ? 'decimal' : 'integer');

/** The numbers behind one chart, as the table its .xlsx holds: the same figures the page draws. */
export function chartTable(
  view: DashboardView,
  chart: DashboardChart,
): { title: string; columns: XlsxColumn[]; rows: (string | number | null)[][] } {
  const chosen = view.indicators.find((i) => i.key === view.indicator)!;
  const kind = kindOf(chosen.unit);
  switch (chart) {
    case 'indicators':
      return {
        title: `Chỉ tiêu năm ${view.year} so với kế hoạch`,
        columns: [
          { header: 'Chỉ tiêu', maxWidth: 60 },
          { header: 'Thực hiện', kind: 'decimal' },
          { header: 'Kế hoạch', kind: 'decimal' },
          { header: 'Đạt (%)', kind: 'decimal' },
        ],
        rows: view.keyIndicators.map((k) => [k.vi, k.value, k.target, k.progress]),
      };
    case 'trend':
      return {
        title: `${chosen.vi} theo quý`,
        columns: [{ header: 'Quý' }, { header: chosen.vi, kind, maxWidth: 40 }],
        rows: view.trend.map((t) => [t.quarter, t.value]),
      };
    case 'children':
      return {
        title: `${chosen.vi}: đơn vị trực thuộc cao nhất và thấp nhất, năm ${view.year}`,
        columns: [{ header: 'Nhóm' }, { header: 'Đơn vị', maxWidth: 60 }, { header: chosen.vi, kind, maxWidth: 40 }],
        rows: [
          ...view.top.map((c) => ['Cao nhất', c.name, c.value]),
          ...view.bottom.map((c) => ['Thấp nhất', c.name, c.value]),
        ],
      };
    case 'map':
      return {
        title: `${chosen.vi} theo tỉnh, thành phố, năm ${view.year}`,
        columns: [
          { header: 'Mã tỉnh' },
          { header: 'LĐLĐ tỉnh, thành phố', maxWidth: 60 },
          { header: chosen.vi, kind, maxWidth: 40 },
        ],
        rows: view.map.map((p) => [p.provinceCode, p.name, p.value]),
      };
  }
}

/** One chart's numbers as .xlsx, from getDashboard (the JSON the page draws); the export is logged. */
export async function dashboardChartXlsx(
  ctx: Ctx,
  unitId: number,
  chart: DashboardChart,
  query: { year?: number; indicator?: string },
) {
  const view = await getDashboard(ctx, unitId, query);
  const table = chartTable(view, chart);
  const book = new XlsxBook();
  const sheet = book.sheet('Số liệu', table.columns, {
    title: { unit: view.unit.name, title: table.title.toUpperCase(), date: ctx.now() },
  });
  for (const row of table.rows) sheet.add(row);
  const body = await book.finish();
  await ctx.tx('dashboard.export', (tx) =>
    auditEvent(tx, {
      action: 'dashboard.export',
      entityType: 'org_units',
      entityId: unitId,
      data: { chart, year: view.year, indicator: view.indicator, format: 'xlsx' },
    }),
  );
  return { fileName: `bang-dieu-khien-${chart}-${view.unit.id}-${view.year}.xlsx`, body };
}
