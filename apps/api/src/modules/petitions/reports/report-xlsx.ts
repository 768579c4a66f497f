import ExcelJS from 'exceljs';
import { petitionStatusLabels, type PetitionReport, type PetitionStatus } from '@congdoan/domain';
import type { ReportRow } from './report-rows';

/** The report as a workbook: one sheet of petitions with answers, one of counts. */
export async function reportXlsx(report: PetitionReport, rows: ReportRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Công Đoàn Số';
  const ws = wb.addWorksheet('Kiến nghị');
  ws.columns = [
    { header: 'STT', key: 'n', width: 6 },
    { header: 'Lĩnh vực', key: 'topic', width: 30 },
    { header: 'Kiến nghị', key: 'title', width: 50 },
    { header: 'Đơn vị kiến nghị', key: 'origin', width: 30 },
    { header: 'Số đơn vị', key: 'units', width: 10 },
    { header: 'Số NLĐ liên quan', key: 'affected', width: 14 },
    { header: 'Nơi nhận', key: 'addressee', width: 28 },
    { header: 'Trả lời', key: 'answer', width: 50 },
    { header: 'Người trả lời', key: 'answeredBy', width: 24 },
    { header: 'Cơ quan chủ trì', key: 'agency', width: 24 },
    { header: 'Hạn cam kết', key: 'deadline', width: 12 },
    { header: 'Tình trạng', key: 'status', width: 18 },
    { header: 'Quá hạn', key: 'overdue', width: 9 },
  ];
  ws.getRow(1).font = { bold: true };
  rows.forEach((r, i) =>
    ws.addRow({
      n: i + 1,
      topic: r.topic,
      title: r.title,
      origin: r.originUnitName,
      units: r.unitCount,
      affected: r.affectedWorkers,
      addressee: r.addresseeName,
      answer: r.answerText ?? '',
      answeredBy: r.answeredBy ?? '',
      agency: r.responsibleAgency ?? '',
      deadline: r.commitmentDeadline ?? '',
      status: petitionStatusLabels[r.status as PetitionStatus] ?? r.status,
      overdue: r.overdue ? 'Có' : '',
    }),
  );
  const sum = wb.addWorksheet('Thống kê');
  sum.columns = [
    { header: 'Nhóm', key: 'group', width: 16 },
    { header: 'Mục', key: 'label', width: 60 },
    { header: 'Số kiến nghị', key: 'count', width: 14 },
    { header: 'Số NLĐ liên quan', key: 'affected', width: 16 },
  ];
  sum.getRow(1).font = { bold: true };
  const groups: [string, PetitionReport['byTopic']][] = [
    ['Lĩnh vực', report.byTopic],
    ['Tình trạng', report.byStatus],
    ['Đơn vị', report.byUnit],
    ['Nơi nhận', report.byAddressee],
  ];
  for (const [group, items] of groups) for (const r of items) sum.addRow({ group, ...r });
  sum.addRow({});
  sum.addRow({ group: 'Tỷ lệ giải quyết', label: `${report.resolutionRate}%` });
  sum.addRow({ group: 'Trung vị (ngày)', label: report.medianDaysToResolve ?? '' });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
