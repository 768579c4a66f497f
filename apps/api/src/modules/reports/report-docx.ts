import { todayVN } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { dataTable, documentIssuer, heading, nd30Document, paragraph } from '../../kit/documents';
import { figureText, fileBase, logReportExport, reportContent, statusWords } from './report-content';

/** A unit's periodic report as a Word document in the Nghị định 30 layout (kit/documents). */
export async function reportDocx(ctx: Ctx, assignmentId: number, unitId: number) {
  const { view, children, summary } = await reportContent(ctx, assignmentId, unitId);
  const date = todayVN(ctx.now());
  const { issuer, signature } = await documentIssuer(ctx, unitId, date);
  const body = view.sections.flatMap((s) =>
    s.kind === 'indicators'
      ? [
          heading(s.title),
          dataTable(
            ['Chỉ tiêu', 'Kết quả'],
            s.figures.map((f) => [f.vi, figureText(f.unit, f.value ?? f.fromChildren)]),
            { numeric: [1] },
          ),
        ]
      : [
          heading(s.title),
          ...(s.text.trim() ? s.text.split(/\n+/) : ['(Chưa có nội dung.)']).map((line) => paragraph(line)),
        ],
  );
  const figures = view.sections.flatMap((s) => s.figures);
  const byChild =
    children.length > 0
      ? [
          heading('PHỤ LỤC: SỐ LIỆU THEO ĐƠN VỊ TRỰC THUỘC'),
          dataTable(
            ['Đơn vị', 'Tình trạng', ...figures.map((f) => f.vi)],
            children.map((c) => [
              c.unitName,
              statusWords[c.status] ?? c.status,
              ...figures.map((f) => figureText(f.unit, c.values[f.key])),
            ]),
            { numeric: figures.map((_, i) => i + 2) },
          ),
          ...(view.missingChildren.length
            ? [paragraph(`Đơn vị chưa nộp báo cáo: ${view.missingChildren.map((m) => m.name).join('; ')}.`)]
            : []),
        ]
      : [];
  const file = await nd30Document({
    issuer,
    kind: 'report',
    date,
    summary,
    body: [...body, ...byChild],
    signature,
    recipients: issuer.parentName ? [`Ban Thường vụ ${issuer.parentName} (để báo cáo)`] : [],
  });
  await logReportExport(ctx, view, 'docx');
  return { fileName: `${fileBase(view)}.docx`, body: file };
}
