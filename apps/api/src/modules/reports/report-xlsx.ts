import type { Ctx } from '../../context/context';
import { XlsxBook, type XlsxColumn } from '../../kit/spreadsheet/xlsx-writer';
import { fileBase, logReportExport, reportContent, statusWords, type Figure } from './report-content';

const kindOf = (unit: Figure['unit']): NonNullable<XlsxColumn['kind']> =>
  unit === 'vnd' ? 'money' : unit === 'percent' ? 'decimal' : 'integer';

/** A unit's report as a workbook: its own figures, then one row per child unit. */
export async function reportXlsx(ctx: Ctx, assignmentId: number, unitId: number) {
  const { view, children, summary } = await reportContent(ctx, assignmentId, unitId);
  const title = { unit: view.unit.name, title: `BÁO CÁO ${summary.toUpperCase()}`, date: ctx.now() };
  const book = new XlsxBook();
  const figures = view.sections.flatMap((s) => s.figures);
  const own = book.sheet(
    'Tổng hợp',
    [{ header: 'Chỉ tiêu', maxWidth: 60 }, { header: 'Kết quả', kind: 'decimal' }, { header: 'Nguồn' }],
    { title },
  );
  for (const f of figures) {
    const value = f.value ?? f.fromChildren ?? null;
    own.add([
      f.vi,
      value === null ? '' : { value, kind: kindOf(f.unit) },
      f.source === 'computed' ? 'Tự tính' : 'Nhập tay',
    ]);
  }
  const units = book.sheet(
    'Theo đơn vị',
    [
      { header: 'Đơn vị', maxWidth: 50 },
      { header: 'Tình trạng' },
      ...figures.map((f) => ({ header: f.vi, kind: kindOf(f.unit), maxWidth: 24 })),
    ],
    { title },
  );
  for (const c of children) {
    units.add([c.unitName, statusWords(c.status), ...figures.map((f) => c.values[f.key] ?? '')]);
  }
  const body = await book.finish();
  await logReportExport(ctx, view, 'xlsx');
  return { fileName: `${fileBase(view)}.xlsx`, body };
}
