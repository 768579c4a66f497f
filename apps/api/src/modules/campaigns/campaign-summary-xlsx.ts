import { campaignProgress } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { XlsxBook } from '../../kit/spreadsheet/xlsx-writer';
import { campaignSummaryReport, fileBase, label, levelNames, logExport, reportTitle } from './campaign-summary';

/** The campaign summary as a workbook: overview, units, events; each sheet printable under the same title. */
export async function summaryXlsx(ctx: Ctx, id: number): Promise<{ fileName: string; body: Buffer }> {
  const r = await campaignSummaryReport(ctx, id);
  const title = { unit: r.campaign.unitName, title: `BÁO CÁO ${reportTitle(r).toUpperCase()}`, date: ctx.now() };
  const book = new XlsxBook();
  const overview = book.sheet(
    'Tổng hợp',
    [{ header: 'Chỉ tiêu' }, { header: 'Giá trị', kind: 'integer', maxWidth: 60 }],
    { title },
  );
  const text = (value: string) => ({ value, kind: 'text' as const });
  const money = (value: number) => ({ value, kind: 'money' as const });
  overview.add(['Đơn vị', text(r.campaign.unitName)]);
  overview.add(['Chủ đề', text(r.campaign.themes.join('; '))]);
  overview.add(['Từ ngày', { value: r.campaign.startsOn, kind: 'date' }]);
  overview.add(['Đến ngày', { value: r.campaign.endsOn, kind: 'date' }]);
  const progress = campaignProgress(r.rollup);
  const of = progress.of === 'units' ? 'đơn vị' : 'hoạt động';
  overview.add([`Số ${of} phải báo cáo`, progress.total]);
  overview.add([`Số ${of} đã báo cáo`, progress.reported]);
  overview.add(['Tỷ lệ hoàn thành', { value: progress.ratio, kind: 'percent' }]);
  overview.add(['Số sự kiện đã tổ chức', r.eventsHeld]);
  overview.add(['Lượt đăng ký sự kiện', r.registrations]);
  overview.add(['Lượt có mặt tại sự kiện', r.checkedIn]);
  overview.add(['Kinh phí đã chi (đồng)', money(r.spentVnd)]);
  overview.add(['Tài trợ bằng tiền (đồng)', money(r.sponsorCashVnd)]);
  for (const [k, v] of Object.entries(r.rollup.totals)) overview.add([label(k), k.endsWith('Vnd') ? money(v) : v]);
  overview.add(['Đơn vị chậm báo cáo', text(r.rollup.late.map((l) => l.unitName).join('; '))]);

  const keys = Object.keys(r.rollup.totals);
  const units = book.sheet(
    'Đơn vị',
    [
      { header: 'Mã' },
      { header: 'Đơn vị', maxWidth: 45 },
      { header: 'Cấp' },
      { header: 'Hoạt động', kind: 'integer' },
      { header: 'Đã báo cáo', kind: 'integer' },
      { header: '%', kind: 'decimal' },
      { header: 'Chậm' },
      ...keys.map((k) => ({ header: label(k), kind: k.endsWith('Vnd') ? ('money' as const) : ('integer' as const) })),
    ],
    { title },
  );
  for (const u of r.rollup.units)
    units.add([
      u.unitCode,
      u.unitName,
      levelNames[u.level] ?? u.level,
      u.activities,
      u.reportedActivities,
      u.percent,
      u.late ? 'Chậm' : '',
      ...keys.map((k) => u.totals[k] ?? 0),
    ]);
  const events = book.sheet(
    'Sự kiện',
    [
      { header: 'Sự kiện', maxWidth: 50 },
      { header: 'Thời gian', kind: 'datetime' },
      { header: 'Đơn vị tổ chức', maxWidth: 40 },
      { header: 'Đăng ký', kind: 'integer' },
      { header: 'Có mặt', kind: 'integer' },
      { header: 'Đã chi (đồng)', kind: 'money' },
      { header: 'Tài trợ tiền (đồng)', kind: 'money' },
    ],
    { title },
  );
  for (const e of r.events)
    events.add([
      e.title,
      e.startsAt,
      e.unitName,
      e.confirmed,
      e.checkedIn,
      // money of an event organised above this unit belongs to that unit's report, not this one
      e.organised ? e.spentVnd : null,
      e.organised ? e.sponsorCashVnd : null,
    ]);
  const body = await book.finish();
  await logExport(ctx, id, 'xlsx');
  return { fileName: `${fileBase(r)}.xlsx`, body };
}
