import { formatNumberVN, todayVN, type DraftLawDetail } from '@congdoan/domain';
import type { Paragraph } from 'docx';
import type { Ctx } from '../../context/context';
import { documentIssuer, fullUnitName, heading, nd30Document, paragraph, text } from '../../kit/documents';

const n = formatNumberVN;

function body(law: DraftLawDetail): Paragraph[] {
  const out: Paragraph[] = [
    paragraph(
      `${fullUnitName(law.unitName)} tổ chức lấy ý kiến từ ${law.opensOn.split('-').reverse().join('/')} đến ` +
        `${law.closesOn.split('-').reverse().join('/')}; tổng hợp ${n(law.opinionCount)} ý kiến về ` +
        `${n(law.articleCount)} điều như sau:`,
    ),
  ];
  let chapter: string | null = null;
  for (const a of law.articles) {
    if (a.chapter && a.chapter !== chapter) {
      chapter = a.chapter;
      out.push(heading(chapter.toUpperCase()));
    }
    out.push(heading(`Điều ${a.number}. ${a.title}`));
    out.push(paragraph([text(`Số ý kiến: ${n(a.opinions.length)}.`, { italics: true })]));
    for (const o of a.opinions)
      out.push(
        paragraph([text(`- ${fullUnitName(o.unitName)} (${o.authorName}): `, { italics: true }), text(o.content)]),
      );
  }
  return out;
}

/** The opinions on a draft law, grouped by article, as a Nghị định 30 report of the unit that collects them. */
export async function draftLawSummaryDocx(ctx: Ctx, law: DraftLawDetail): Promise<Buffer> {
  const date = todayVN(ctx.now());
  const { issuer, signature } = await documentIssuer(ctx, law.unitId, date);
  return nd30Document({
    issuer,
    kind: 'report',
    date,
    summary: `Tổng hợp ý kiến góp ý ${law.title}`,
    body: body(law),
    signature,
    recipients: issuer.parentName ? [`Ban Thường vụ ${issuer.parentName} (để báo cáo)`] : [],
  });
}
