import { todayVN } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { documentIssuer, nd30Docx, type Block, type Nd30Content } from '../../kit/documents';
import { nd30Pdf } from '../../kit/pdf';
import { figureText, fileBase, logReportExport, reportContent, statusWords } from './report-content';

type Content = Awaited<ReturnType<typeof reportContent>>;

/** The report's body: its sections (figures as a table, narrative as paragraphs), then the annex by child unit. */
function body({ view, children }: Content): Block[] {
  const sections = view.sections.flatMap((s): Block[] =>
    s.kind === 'indicators'
      ? [
          { heading: s.title },
          {
            table: {
              head: ['Chỉ tiêu', 'Kết quả'],
              rows: s.figures.map((f) => [f.vi, figureText(f.unit, f.value ?? f.fromChildren)]),
              numeric: [1],
            },
          },
        ]
      : [
          { heading: s.title },
          ...(s.text.trim() ? s.text.split(/\n+/) : ['(Chưa có nội dung.)']).map((line) => ({ paragraph: line })),
        ],
  );
  if (children.length === 0) return sections;
  const figures = view.sections.flatMap((s) => s.figures);
  return [
    ...sections,
    { heading: 'PHỤ LỤC: SỐ LIỆU THEO ĐƠN VỊ TRỰC THUỘC' },
    {
      table: {
        head: ['Đơn vị', 'Tình trạng', ...figures.map((f) => f.vi)],
        rows: children.map((c) => [
          c.unitName,
          statusWords(c.status),
          ...figures.map((f) => figureText(f.unit, c.values[f.key])),
        ]),
        numeric: figures.map((_, i) => i + 2),
      },
    },
    ...(view.missingChildren.length
      ? [{ paragraph: `Đơn vị chưa nộp báo cáo: ${view.missingChildren.map((m) => m.name).join('; ')}.` }]
      : []),
  ];
}

/** A unit's periodic report in the Nghị định 30 layout, built once for its .docx and its PDF. */
async function reportDocument(ctx: Ctx, content: Content, unitId: number): Promise<Nd30Content> {
  const date = todayVN(ctx.now());
  const { issuer, signature } = await documentIssuer(ctx, unitId, date);
  return {
    issuer,
    kind: 'report',
    date,
    summary: content.summary,
    body: body(content),
    signature,
    recipients: issuer.parentName ? [`Ban Thường vụ ${issuer.parentName} (để báo cáo)`] : [],
  };
}

/** The report as .docx or PDF (the same content), the export logged. */
export async function reportFile(ctx: Ctx, assignmentId: number, unitId: number, format: 'docx' | 'pdf') {
  const content = await reportContent(ctx, assignmentId, unitId);
  const document = await reportDocument(ctx, content, unitId);
  const file = format === 'pdf' ? await nd30Pdf(document) : await nd30Docx(document);
  await logReportExport(ctx, content.view, format);
  return { fileName: `${fileBase(content.view)}.${format}`, body: file };
}
