import { formatNumberVN, petitionStatusLabels, type PetitionReport, type PetitionStatus } from '@congdoan/domain';
import { fullUnitName, type Block, type Issuer, type Nd30Content, type Signature } from '../../../kit/documents';
import type { ReportRow } from './report-rows';
import { vnDate } from '../../../kit/dates';

export const REPORT_TITLE = 'Tổng hợp kiến nghị của đoàn viên, người lao động';

const n = formatNumberVN;
const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

function overview(report: PetitionReport): string {
  return (
    `Tổng số kiến nghị: ${n(report.total)}; đã giải quyết: ${n(report.resolved)} (tỷ lệ ${n(report.resolutionRate)}%)` +
    (report.medianDaysToResolve !== null
      ? `; thời gian giải quyết trung vị: ${n(report.medianDaysToResolve)} ngày`
      : '') +
    `; quá hạn cam kết: ${n(report.overdue.length)}.`
  );
}

function petition(r: ReportRow, j: number): Block[] {
  const who =
    r.unitCount > 1
      ? `${n(r.unitCount)} công đoàn cơ sở kiến nghị, liên quan ${n(r.affectedWorkers)} người lao động`
      : `${fullUnitName(r.originUnitName)}; liên quan ${n(r.affectedWorkers)} người lao động`;
  const status = petitionStatusLabels[r.status as PetitionStatus] ?? r.status;
  const answer = r.answerText ? `${r.answerText}${r.answeredBy ? ` (${r.answeredBy})` : ''}` : 'Chưa có trả lời.';
  const labelled = (label: string, value: string): Block => ({
    paragraph: [{ text: label, italics: true }, { text: value }],
  });
  return [
    { paragraph: [{ text: `${j + 1}. ${r.title}`, bold: true }, { text: ` (${who}).` }], keepNext: true },
    { paragraph: r.content },
    labelled('Nơi nhận kiến nghị: ', r.addresseeName),
    labelled('Trả lời: ', answer),
    ...(r.commitment || r.commitmentDeadline
      ? [
          labelled(
            'Cam kết: ',
            `${r.commitment ?? ''}${r.commitmentDeadline ? ` — hạn ${vnDate(r.commitmentDeadline)}` : ''}`,
          ),
        ]
      : []),
    labelled(
      'Tình trạng: ',
      status +
        (r.overdue ? ' (quá hạn cam kết)' : '') +
        (r.escalated ? `; đã chuyển lên ${fullUnitName(r.unitName)}` : '') +
        '.',
    ),
  ];
}

/**
 * The petition summary of a unit, grouped by topic, as a Nghị định 30 report: one content for the .docx
 * (kit/documents nd30Docx) and the PDF (kit/pdf nd30Pdf).
 */
export function reportContent(args: {
  issuer: Issuer;
  signature: Signature;
  date: string;
  report: PetitionReport;
  rows: ReportRow[];
}): Nd30Content {
  const { report, rows } = args;
  const body: Block[] = [{ paragraph: overview(report) }];
  [...new Set(rows.map((r) => r.topic))].forEach((topic, i) => {
    body.push({ heading: `${roman[i] ?? i + 1}. ${topic.toUpperCase()}` });
    rows.filter((r) => r.topic === topic).forEach((r, j) => body.push(...petition(r, j)));
  });
  return {
    issuer: args.issuer,
    kind: 'report',
    date: args.date,
    summary: REPORT_TITLE,
    body,
    signature: args.signature,
    recipients: [
      ...(args.issuer.parentName ? [`Ban Thường vụ ${args.issuer.parentName} (để báo cáo)`] : []),
      'Các cơ quan, đơn vị có liên quan',
    ],
  };
}
