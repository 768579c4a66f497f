import { formatNumberVN, todayVN, type DraftLawDetail } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import { documentIssuer, fullUnitName, nd30Docx, type Block, type Nd30Content } from '../../kit/documents';
import { nd30Pdf } from '../../kit/pdf';
import { mediaType } from '../../kit/media-types';

const n = formatNumberVN;
const dmy = (iso: string) => iso.split('-').reverse().join('/');

function body(law: DraftLawDetail): Block[] {
  const out: Block[] = [
    {
      paragraph:
        `${fullUnitName(law.unitName)} tổ chức lấy ý kiến từ ${dmy(law.opensOn)} đến ${dmy(law.closesOn)}; ` +
        `tổng hợp ${n(law.opinionCount)} ý kiến về ${n(law.articleCount)} điều như sau:`,
    },
  ];
  let chapter: string | null = null;
  for (const a of law.articles) {
    if (a.chapter && a.chapter !== chapter) {
      chapter = a.chapter;
      out.push({ heading: chapter.toUpperCase() });
    }
    out.push({ heading: `Điều ${a.number}. ${a.title}` });
    out.push({ paragraph: [{ text: `Số ý kiến: ${n(a.opinions.length)}.`, italics: true }] });
    for (const o of a.opinions)
      out.push({
        paragraph: [{ text: `- ${fullUnitName(o.unitName)} (${o.authorName}): `, italics: true }, { text: o.content }],
      });
  }
  return out;
}

/** The opinions on a draft law, grouped by article: a Nghị định 30 report of the unit that collects them. */
export async function draftLawSummary(ctx: Ctx, law: DraftLawDetail): Promise<Nd30Content> {
  const date = todayVN(ctx.now());
  const { issuer, signature } = await documentIssuer(ctx, law.unitId, date);
  return {
    issuer,
    kind: 'report',
    date,
    summary: `Tổng hợp ý kiến góp ý ${law.title}`,
    body: body(law),
    signature,
    recipients: issuer.parentName ? [`Ban Thường vụ ${issuer.parentName} (để báo cáo)`] : [],
  };
}

/** The summary as .docx or PDF (the same content), the export audited. */
export async function draftLawSummaryFile(
  ctx: Ctx,
  law: DraftLawDetail,
  format: 'docx' | 'pdf',
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const content = await draftLawSummary(ctx, law);
  const body = format === 'pdf' ? await nd30Pdf(content) : await nd30Docx(content);
  await ctx.tx('draft_law.export', (tx) =>
    auditEvent(tx, { action: 'draft_law.export', entityType: 'draft_laws', entityId: law.id, data: { format } }),
  );
  return { fileName: `tong-hop-y-kien-${law.id}.${format}`, contentType: mediaType[format], body };
}
