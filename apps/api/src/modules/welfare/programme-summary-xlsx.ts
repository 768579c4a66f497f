import type { Ctx } from '../../context/context';
import { XlsxBook } from '../../kit/spreadsheet/xlsx-writer';
import { documentData, fileName, logExport } from './documents.common';
import { sourceName } from './spending.queries';

/** "Đơn vị chủ trì", "Cấp dưới 1", …: the depth of a quota below the programme's owner. */
export const levelName = (depth: number) => (depth === 0 ? 'Đơn vị chủ trì' : `Cấp dưới ${depth}`);

/**
 * The programme summary by unit: per quota unit (its whole subtree) the quota, nominated, approved, handed
 * out and VND, split by funding source; then the sources and the levels. Figures from programme-figures.ts,
 * the same the programme page shows.
 */
export async function programmeSummaryXlsx(ctx: Ctx, programmeId: number, unitId?: number) {
  const d = await documentData(ctx, programmeId, unitId);
  const s = d.spending;
  const title = { unit: d.heading.unitName, title: `TỔNG HỢP ${d.heading.name.toUpperCase()}`, date: ctx.now() };
  const loose = s.units.some((u) => u.handedOutVnd > Object.values(u.bySource).reduce((a, b) => a + b, 0));
  const book = new XlsxBook();
  const units = book.sheet(
    'Theo đơn vị',
    [
      { header: 'Mã' },
      { header: 'Đơn vị', maxWidth: 45 },
      { header: 'Cấp' },
      { header: 'Chỉ tiêu (suất)', kind: 'integer' },
      { header: 'Kinh phí được giao (đồng)', kind: 'money' },
      { header: 'Đã đề nghị', kind: 'integer' },
      { header: 'Đã duyệt', kind: 'integer' },
      { header: 'Đã trao (người)', kind: 'integer' },
      { header: 'Đã trao (đồng)', kind: 'money' },
      { header: 'Kinh phí còn lại (đồng)', kind: 'money' },
      ...s.sources.map((f) => ({ header: `Từ ${sourceName(f)} (đồng)`, kind: 'money' as const })),
      ...(loose ? [{ header: 'Chưa ghi nguồn (đồng)', kind: 'money' as const }] : []),
    ],
    { title },
  );
  for (const u of s.units) {
    const fromSources = s.sources.map((f) => u.bySource[String(f.id)] ?? 0);
    units.add([
      u.unitCode,
      u.unitName,
      levelName(u.depth),
      u.quotaCount,
      u.budgetVnd,
      u.nominated,
      u.approved,
      u.handedOut,
      u.handedOutVnd,
      u.budgetVnd - u.handedOutVnd,
      ...fromSources,
      ...(loose ? [u.handedOutVnd - fromSources.reduce((a, b) => a + b, 0)] : []),
    ]);
  }
  units.note(['Mỗi dòng tính cả các đơn vị trực thuộc đơn vị đó.']);

  const sources = book.sheet(
    'Nguồn kinh phí',
    [
      { header: 'Nguồn', maxWidth: 50 },
      { header: 'Số tiền (đồng)', kind: 'money' },
      { header: 'Đã trao (đồng)', kind: 'money' },
      { header: 'Còn lại (đồng)', kind: 'money' },
    ],
    { title },
  );
  for (const f of s.sources) sources.add([sourceName(f), f.amountVnd, f.spentVnd, f.remainingVnd]);
  if (s.unassignedVnd) sources.add(['Chưa ghi nguồn', null, s.unassignedVnd, null]);

  const levels = book.sheet(
    'Theo cấp',
    [
      { header: 'Cấp' },
      { header: 'Số đơn vị', kind: 'integer' },
      { header: 'Kinh phí được giao (đồng)', kind: 'money' },
      { header: 'Đã trao (đồng)', kind: 'money' },
      { header: 'Còn lại (đồng)', kind: 'money' },
    ],
    { title },
  );
  for (const l of s.levels) levels.add([levelName(l.depth), l.units, l.budgetVnd, l.spentVnd, l.remainingVnd]);
  const body = await book.finish();
  await logExport(ctx, programmeId, 'summary', 'xlsx', unitId);
  return { fileName: fileName('tong-hop', programmeId, d.heading.name, 'xlsx'), body };
}
