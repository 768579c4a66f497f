import { documentDate, petitionStatusLabels, type PetitionReport, type PetitionStatus } from '@congdoan/domain';
import {
  a4Document,
  administrativeHeader,
  documentTitle,
  heading,
  paragraph,
  renderPdf,
  signatureBlock,
  type Content,
} from '../../../kit/pdf';
import { REPORT_TITLE } from './report-docx';
import type { ReportRow } from './report-rows';

const count = (v: number) => v.toLocaleString('vi-VN');

/**
 * The petition report as a PDF: the .docx's sections (summary line, petitions grouped by topic with their answer,
 * commitment and status, signature) drawn from the same petitionReport() figures and reportRows() rows.
 */
export async function reportPdf(args: {
  unitName: string;
  parentName: string | null;
  place: string;
  date: string;
  report: PetitionReport;
  rows: ReportRow[];
}): Promise<Buffer> {
  const { report, rows } = args;
  const content: Content[] = [
    administrativeHeader({
      parentName: args.parentName,
      unitName: args.unitName,
      placeDate: `${args.place}, ${documentDate(new Date(`${args.date}T12:00:00+07:00`))}`,
    }),
    documentTitle('BÁO CÁO', REPORT_TITLE),
    paragraph(
      `Tổng số kiến nghị: ${count(report.total)}; đã giải quyết: ${count(report.resolved)} (tỷ lệ ${report.resolutionRate}%)` +
        (report.medianDaysToResolve !== null
          ? `; thời gian giải quyết trung vị: ${report.medianDaysToResolve} ngày`
          : '') +
        `; quá hạn cam kết: ${count(report.overdue.length)}.`,
    ),
  ];
  const topics = [...new Set(rows.map((r) => r.topic))];
  topics.forEach((topic, i) => {
    content.push(heading(`${i + 1}. ${topic.toLocaleUpperCase('vi')}`, 11));
    rows
      .filter((r) => r.topic === topic)
      .forEach((r, j) => {
        const who =
          r.unitCount > 1
            ? `${r.unitCount} công đoàn cơ sở kiến nghị, liên quan ${count(r.affectedWorkers)} người lao động`
            : `${r.originUnitName}; liên quan ${count(r.affectedWorkers)} người lao động`;
        const status = petitionStatusLabels[r.status as PetitionStatus] ?? r.status;
        content.push({
          stack: [
            { text: [{ text: `${i + 1}.${j + 1}. ${r.title}`, bold: true }, ` (${who}).`] },
            paragraph(r.content),
            { text: [{ text: 'Nơi nhận kiến nghị: ', italics: true }, r.addresseeName] },
            {
              text: [
                { text: 'Trả lời: ', italics: true },
                r.answerText ? `${r.answerText}${r.answeredBy ? ` (${r.answeredBy})` : ''}` : 'Chưa có trả lời.',
              ],
            },
            ...(r.commitment || r.commitmentDeadline
              ? [
                  {
                    text: [
                      { text: 'Cam kết: ', italics: true },
                      `${r.commitment ?? ''}${r.commitmentDeadline ? ` — hạn ${r.commitmentDeadline}` : ''}`,
                    ],
                  },
                ]
              : []),
            {
              text: [
                { text: 'Tình trạng: ', italics: true },
                status +
                  (r.overdue ? ' (quá hạn cam kết)' : '') +
                  (r.escalated ? `; đã chuyển lên ${r.unitName}` : '') +
                  '.',
              ],
            },
          ],
          margin: [0, 2, 0, 8],
        });
      });
  });
  content.push(signatureBlock({ authority: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH' }));
  return renderPdf(a4Document({ title: `Báo cáo ${REPORT_TITLE.toLowerCase()}`, content }));
}
