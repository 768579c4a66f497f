import { petitionStatusLabels, type PetitionReport, type PetitionStatus } from '@congdoan/domain';
import { XlsxBook, type XlsxTitle } from '../../../kit/spreadsheet/xlsx-writer';
import type { ReportRow } from './report-rows';

/** The report as a workbook: one sheet of petitions with answers, one of counts; both printable. */
export async function reportXlsx(report: PetitionReport, rows: ReportRow[], title: XlsxTitle): Promise<Buffer> {
  const book = new XlsxBook();
  const ws = book.sheet(
    'Kiến nghị',
    [
      { header: 'STT', kind: 'integer' },
      { header: 'Lĩnh vực', maxWidth: 30 },
      { header: 'Kiến nghị', maxWidth: 50 },
      { header: 'Đơn vị kiến nghị', maxWidth: 30 },
      { header: 'Số đơn vị', kind: 'integer' },
      { header: 'Số NLĐ liên quan', kind: 'integer' },
      { header: 'Nơi nhận', maxWidth: 30 },
      { header: 'Trả lời', maxWidth: 50 },
      { header: 'Người trả lời', maxWidth: 24 },
      { header: 'Cơ quan chủ trì', maxWidth: 24 },
      { header: 'Hạn cam kết', kind: 'date' },
      { header: 'Tình trạng' },
      { header: 'Quá hạn' },
    ],
    { title },
  );
  rows.forEach((r, i) =>
    ws.add([
      i + 1,
      r.topic,
      r.title,
      r.originUnitName,
      r.unitCount,
      r.affectedWorkers,
      r.addresseeName,
      r.answerText,
      r.answeredBy,
      r.responsibleAgency,
      r.commitmentDeadline,
      petitionStatusLabels[r.status as PetitionStatus] ?? r.status,
      r.overdue ? 'Có' : '',
    ]),
  );
  const sum = book.sheet(
    'Thống kê',
    [
      { header: 'Nhóm' },
      { header: 'Mục', maxWidth: 60 },
      { header: 'Số kiến nghị', kind: 'integer' },
      { header: 'Số NLĐ liên quan', kind: 'integer' },
    ],
    { title },
  );
  const groups: [string, PetitionReport['byTopic']][] = [
    ['Lĩnh vực', report.byTopic],
    ['Tình trạng', report.byStatus],
    ['Đơn vị', report.byUnit],
    ['Nơi nhận', report.byAddressee],
  ];
  for (const [group, items] of groups) for (const r of items) sum.add([group, r.label, r.count, r.affected]);
  sum.note([]);
  sum.note(['Tỷ lệ giải quyết', { value: report.resolutionRate / 100, kind: 'percent' }]);
  sum.note(['Trung vị (ngày)', { value: report.medianDaysToResolve, kind: 'decimal' }]);
  return book.finish();
}
