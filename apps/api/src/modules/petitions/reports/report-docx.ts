import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import { petitionStatusLabels, type PetitionReport, type PetitionStatus } from '@congdoan/domain';
import { noBorders, nd30Header } from '../../../documents/nd30-header';
import type { ReportRow } from './report-rows';
import { vnDate } from '../../../kit/dates';

export const REPORT_TITLE = 'Tổng hợp kiến nghị của đoàn viên, người lao động';

const FONT = 'Times New Roman';
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {}) =>
  new TextRun({
    text,
    font: FONT,
    size: (o.size ?? 13) * 2,
    bold: o.bold ?? false,
    italics: o.italics ?? false,
    ...(o.underline ? { underline: { type: UnderlineType.SINGLE } } : {}),
  });
const para = (
  children: TextRun[],
  o: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; indent?: boolean } = {},
) =>
  new Paragraph({
    children,
    alignment: o.align ?? AlignmentType.JUSTIFIED,
    spacing: { after: o.after ?? 120, line: 300 },
    ...(o.indent ? { indent: { firstLine: 567 } } : {}),
  });
const cell = (children: Paragraph[], pct: number) =>
  new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: noBorders });

/** "ngày 05 tháng 02 năm 2026" as Nghị định 30 writes dates (two digits for day and month). */
export function dateLine(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

/**
 * The report as an administrative document in the Nghị định 30/2020/NĐ-CP layout: A4, Times New Roman,
 * issuing body and national motto side by side, place and date, title, body grouped by topic, signature.
 */
export async function reportDocx(args: {
  unitName: string;
  parentName: string | null;
  place: string;
  date: string;
  report: PetitionReport;
  rows: ReportRow[];
}): Promise<Buffer> {
  const { report, rows } = args;
  const header = nd30Header({
    parentName: args.parentName,
    unitName: args.unitName,
    placeDate: dateLine(args.place, args.date),
  });
  const body: Paragraph[] = [
    para([run('BÁO CÁO', { bold: true, size: 14 })], { align: AlignmentType.CENTER, after: 0 }),
    para([run(REPORT_TITLE, { bold: true, size: 14 })], { align: AlignmentType.CENTER, after: 360 }),
    para(
      [
        run(
          `Tổng số kiến nghị: ${report.total}; đã giải quyết: ${report.resolved} (tỷ lệ ${report.resolutionRate}%)` +
            (report.medianDaysToResolve !== null
              ? `; thời gian giải quyết trung vị: ${report.medianDaysToResolve} ngày`
              : '') +
            `; quá hạn cam kết: ${report.overdue.length}.`,
        ),
      ],
      { indent: true },
    ),
  ];
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
  const topics = [...new Set(rows.map((r) => r.topic))];
  topics.forEach((topic, i) => {
    body.push(para([run(`${roman[i] ?? i + 1}. ${topic.toUpperCase()}`, { bold: true })], { after: 120 }));
    rows
      .filter((r) => r.topic === topic)
      .forEach((r, j) => {
        const who =
          r.unitCount > 1
            ? `${r.unitCount} công đoàn cơ sở kiến nghị, liên quan ${r.affectedWorkers.toLocaleString('vi-VN')} người lao động`
            : `${r.originUnitName}; liên quan ${r.affectedWorkers.toLocaleString('vi-VN')} người lao động`;
        body.push(para([run(`${j + 1}. ${r.title}`, { bold: true }), run(` (${who}).`)], { indent: true }));
        body.push(para([run(r.content)], { indent: true }));
        body.push(
          para([run('Nơi nhận kiến nghị: ', { italics: true }), run(r.addresseeName)], { indent: true }),
          para(
            [
              run('Trả lời: ', { italics: true }),
              run(r.answerText ? `${r.answerText}${r.answeredBy ? ` (${r.answeredBy})` : ''}` : 'Chưa có trả lời.'),
            ],
            { indent: true },
          ),
        );
        if (r.commitment || r.commitmentDeadline)
          body.push(
            para(
              [
                run('Cam kết: ', { italics: true }),
                run(`${r.commitment ?? ''}${r.commitmentDeadline ? ` — hạn ${vnDate(r.commitmentDeadline)}` : ''}`),
              ],
              {
                indent: true,
              },
            ),
          );
        const status = petitionStatusLabels[r.status as PetitionStatus] ?? r.status;
        body.push(
          para(
            [
              run('Tình trạng: ', { italics: true }),
              run(
                status +
                  (r.overdue ? ' (quá hạn cam kết)' : '') +
                  (r.escalated ? `; đã chuyển lên ${r.unitName}` : '') +
                  '.',
              ),
            ],
            { indent: true, after: 200 },
          ),
        );
      });
  });
  const signature = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              para([run('Nơi nhận:', { bold: true, italics: true, size: 12 })], {
                after: 0,
                align: AlignmentType.LEFT,
              }),
              para([run('- Như trên;', { size: 11 })], { after: 0, align: AlignmentType.LEFT }),
              para([run('- Lưu: VT.', { size: 11 })], { after: 0, align: AlignmentType.LEFT }),
            ],
            50,
          ),
          cell(
            [
              para([run('TM. BAN THƯỜNG VỤ', { bold: true })], { align: AlignmentType.CENTER, after: 0 }),
              para([run('CHỦ TỊCH', { bold: true })], { align: AlignmentType.CENTER, after: 1200 }),
            ],
            50,
          ),
        ],
      }),
    ],
  });
  const doc = new Document({
    creator: 'Công Đoàn Số',
    title: `Báo cáo ${REPORT_TITLE.toLowerCase()}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 }, // A4
            margin: { top: 1134, bottom: 1134, left: 1701, right: 851 }, // 20, 20, 30, 15 mm
          },
        },
        children: [header, ...body, signature],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
