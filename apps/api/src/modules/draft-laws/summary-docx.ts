import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import type { DraftLawDetail } from '@congdoan/domain';

const run = (text: string, bold = false, italics = false) =>
  new TextRun({ text, bold, italics, font: 'Times New Roman', size: 26 });
const p = (children: TextRun[], align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED) =>
  new Paragraph({ children, alignment: align, spacing: { after: 120 } });

/** The opinions on a draft law, grouped by article, as a Word document. */
export async function draftLawSummaryDocx(law: DraftLawDetail): Promise<Buffer> {
  const body: Paragraph[] = [
    p([run('TỔNG HỢP Ý KIẾN GÓP Ý', true)], AlignmentType.CENTER),
    p([run(law.title, true)], AlignmentType.CENTER),
    p([
      run(`Đơn vị lấy ý kiến: ${law.unitName}; ${law.opinionCount} ý kiến về ${law.articleCount} điều.`, false, true),
    ]),
  ];
  let chapter: string | null = null;
  for (const a of law.articles) {
    if (a.chapter && a.chapter !== chapter) {
      chapter = a.chapter;
      body.push(p([run(chapter.toUpperCase(), true)]));
    }
    body.push(p([run(`Điều ${a.number}. ${a.title}`, true), run(` — ${a.opinions.length} ý kiến`, false, true)]));
    for (const o of a.opinions) body.push(p([run(`- ${o.unitName} (${o.authorName}): `, false, true), run(o.content)]));
  }
  const doc = new Document({
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 851 } },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
