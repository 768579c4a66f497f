import ExcelJS from 'exceljs';
import { campaignProgress, formatDateTimeVN } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { campaignSummaryReport, fileBase, label, levelNames, logExport, reportTitle } from './campaign-summary';

/** The campaign summary as a workbook: overview, units, events. */
export async function summaryXlsx(ctx: Ctx, id: number): Promise<{ fileName: string; body: Buffer }> {
  const r = await campaignSummaryReport(ctx, id);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Công Đoàn Số';
  const overview = wb.addWorksheet('Tổng hợp');
  overview.addRow([`Báo cáo ${reportTitle(r).charAt(0).toLowerCase()}${reportTitle(r).slice(1)}`]).font = {
    bold: true,
    size: 14,
  };
  overview.addRow(['Đơn vị', r.campaign.unitName]);
  overview.addRow(['Chủ đề', r.campaign.themes.join('; ')]);
  const progress = campaignProgress(r.rollup);
  const of = progress.of === 'units' ? 'đơn vị' : 'hoạt động';
  overview.addRow([`Số ${of} phải báo cáo`, progress.total]);
  overview.addRow([`Số ${of} đã báo cáo`, progress.reported]);
  overview.addRow(['Tỷ lệ hoàn thành', progress.ratio]).getCell(2).numFmt = '0.0%';
  overview.addRow(['Số sự kiện đã tổ chức', r.eventsHeld]);
  overview.addRow(['Lượt đăng ký sự kiện', r.registrations]);
  overview.addRow(['Lượt có mặt tại sự kiện', r.checkedIn]);
  overview.addRow(['Kinh phí đã chi (đồng)', r.spentVnd]);
  overview.addRow(['Tài trợ bằng tiền (đồng)', r.sponsorCashVnd]);
  for (const [k, v] of Object.entries(r.rollup.totals)) overview.addRow([label(k), v]);
  overview.addRow(['Đơn vị chậm báo cáo', r.rollup.late.map((l) => l.unitName).join('; ')]);
  overview.getColumn(2).numFmt = '#,##0';
  overview.getColumn(1).width = 40;
  overview.getColumn(2).width = 60;
  const units = wb.addWorksheet('Đơn vị');
  units.addRow([
    'Mã',
    'Đơn vị',
    'Cấp',
    'Hoạt động',
    'Đã báo cáo',
    '%',
    'Chậm',
    ...Object.keys(r.rollup.totals).map(label),
  ]);
  for (const u of r.rollup.units)
    units.addRow([
      u.unitCode,
      u.unitName,
      levelNames[u.level] ?? u.level,
      u.activities,
      u.reportedActivities,
      u.percent,
      u.late ? 'Chậm' : '',
      ...Object.keys(r.rollup.totals).map((k) => u.totals[k] ?? 0),
    ]);
  const events = wb.addWorksheet('Sự kiện');
  events.addRow([
    'Sự kiện',
    'Thời gian',
    'Đơn vị tổ chức',
    'Đăng ký',
    'Có mặt',
    'Đã chi (đồng)',
    'Tài trợ tiền (đồng)',
  ]);
  for (const e of r.events)
    events.addRow([
      e.title,
      formatDateTimeVN(e.startsAt),
      e.unitName,
      e.confirmed,
      e.checkedIn,
      // money of an event organised above this unit belongs to that unit's report, not this one
      e.organised ? e.spentVnd : null,
      e.organised ? e.sponsorCashVnd : null,
    ]);
  for (const ws of [units, events]) ws.getRow(1).font = { bold: true };
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  await logExport(ctx, id, 'xlsx');
  return { fileName: `${fileBase(r)}.xlsx`, body };
}
