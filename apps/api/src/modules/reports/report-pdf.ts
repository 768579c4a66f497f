import { documentDate, todayVN } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { documentIssuer } from '../../kit/documents';
import {
  a4Document,
  administrativeHeader,
  documentTitle,
  heading,
  paragraph,
  renderPdf,
  signatureBlock,
  table,
  type Content,
} from '../../kit/pdf';
import { figureText, fileBase, logReportExport, reportContent, statusWords } from './report-content';

/** A unit's periodic report as a PDF for printing: the same content as the .docx, from reportContent(). */
export async function reportPdf(ctx: Ctx, assignmentId: number, unitId: number) {
  const { view, children, summary } = await reportContent(ctx, assignmentId, unitId);
  const { issuer, signature } = await documentIssuer(ctx, unitId, todayVN(ctx.now()));
  const figures = view.sections.flatMap((s) => s.figures);
  const content: Content[] = [
    administrativeHeader({
      parentName: issuer.parentName,
      unitName: issuer.name,
      placeDate: `${issuer.place}, ${documentDate(ctx.now())}`,
    }),
    documentTitle('BÁO CÁO', summary),
    ...view.sections.flatMap((s): Content[] =>
      s.kind === 'indicators'
        ? [
            heading(s.title),
            table(
              ['Chỉ tiêu', 'Kết quả'],
              s.figures.map((f) => [f.vi, figureText(f.unit, f.value ?? f.fromChildren)]),
              ['*', 'auto'],
            ),
          ]
        : [
            heading(s.title),
            ...(s.text.trim() ? s.text.split(/\n+/) : ['(Chưa có nội dung.)']).map((line) => paragraph(line)),
          ],
    ),
    ...(children.length
      ? [
          heading('PHỤ LỤC: SỐ LIỆU THEO ĐƠN VỊ TRỰC THUỘC'),
          table(
            ['Đơn vị', 'Tình trạng', ...figures.map((f) => f.vi)],
            children.map((c) => [
              c.unitName,
              statusWords[c.status] ?? c.status,
              ...figures.map((f) => figureText(f.unit, c.values[f.key])),
            ]),
            ['*', 'auto', ...figures.map(() => 'auto' as const)],
          ),
        ]
      : []),
    signatureBlock({ authority: signature.authority ?? '', title: signature.title, name: signature.name }),
  ];
  const body = await renderPdf(a4Document({ title: `Báo cáo ${summary}`, content }));
  await logReportExport(ctx, view, 'pdf');
  return { fileName: `${fileBase(view)}.pdf`, body };
}
