import { todayVN } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import {
  amountWithWords,
  centred,
  dataTable,
  documentIssuer,
  fullUnitName,
  nd30Document,
  paragraph,
  text,
} from '../../kit/documents';
import { documentData, fileName, logExport, vnd, type DocumentData } from './documents.common';
import { totalVnd } from './programme-figures';
import { sourceName } from './spending.queries';

/** The articles of the decision; the PDF prints the same sentences. */
export function decisionArticles(d: DocumentData): { preamble: string[]; articles: string[] } {
  const total = totalVnd(d.list);
  const sources = d.spending.sources.filter((s) => s.amountVnd > 0);
  return {
    preamble: [
      'Căn cứ Luật Công đoàn năm 2024;',
      'Căn cứ Điều lệ Công đoàn Việt Nam;',
      `Căn cứ chương trình "${d.heading.name}";`,
      'Xét đề nghị của các công đoàn cấp dưới và kết quả xét duyệt từng cấp,',
    ],
    articles: [
      `Điều 1. Hỗ trợ ${vnd(d.list.length)} người thuộc chương trình "${d.heading.name}", ` +
        `tổng số tiền ${amountWithWords(total)} (có danh sách kèm theo).`,
      `Điều 2. Kinh phí hỗ trợ chi từ ${
        sources.length
          ? sources.map((s) => `${sourceName(s)}: ${vnd(s.amountVnd)} đồng`).join('; ')
          : 'nguồn kinh phí của chương trình'
      }.`,
      'Điều 3. Quyết định có hiệu lực kể từ ngày ký. Các ban, đơn vị liên quan và các cá nhân có tên tại ' +
        'Điều 1 chịu trách nhiệm thi hành Quyết định này.',
    ],
  };
}

export const annexHead = ['STT', 'Họ và tên', 'Đơn vị', 'Diện hỗ trợ', 'Số tiền (đồng)'];
export const annexRows = (d: DocumentData) => [
  ...d.list.map((b, i) => [String(i + 1), b.fullName, b.unitName, b.hardshipCategory ?? '', vnd(b.amountVnd)]),
  ['', 'Tổng cộng', '', '', vnd(totalVnd(d.list))],
];

/**
 * The support decision (quyết định, symbol QĐ) in the Nghị định 30 layout, with the list of beneficiaries
 * annexed on its own page. Issued by the programme's owner; `unitId` narrows the annex to a subtree.
 */
export async function supportDecisionDocx(ctx: Ctx, programmeId: number, unitId?: number) {
  const d = await documentData(ctx, programmeId, unitId);
  const date = todayVN(ctx.now());
  const { issuer, signature } = await documentIssuer(ctx, d.heading.unitId, date);
  const { preamble, articles } = decisionArticles(d);
  const summary = `Về việc hỗ trợ ${d.heading.name}`;
  const body = await nd30Document({
    issuer,
    kind: 'decision',
    date,
    summary,
    body: [
      centred(`BAN THƯỜNG VỤ ${issuer.name.toUpperCase()}`, { style: { bold: true }, after: 240 }),
      ...preamble.map((p) => paragraph([text(p, { italics: true })])),
      centred('QUYẾT ĐỊNH:', { style: { bold: true }, before: 120, after: 120 }),
      ...articles.map((a) => {
        const [head, ...rest] = a.split('. ');
        return paragraph([text(`${head}. `, { bold: true }), text(rest.join('. '))]);
      }),
    ],
    signature,
    recipients: ['Như Điều 3', ...(issuer.parentName ? [`Ban Thường vụ ${issuer.parentName} (để báo cáo)`] : [])],
    annex: [
      centred('DANH SÁCH NGƯỜI ĐƯỢC HỖ TRỢ', { style: { bold: true } }),
      centred(
        `(Kèm theo Quyết định số      /QĐ-${issuer.abbreviation} ngày ${date.split('-').reverse().join('/')} ` +
          `của Ban Thường vụ ${fullUnitName(d.heading.unitName)})`,
        { style: { italics: true, size: 13 }, after: 240 },
      ),
      dataTable(annexHead, annexRows(d), { numeric: [0, 4] }),
    ],
  });
  await logExport(ctx, programmeId, 'support_decision', 'docx', unitId);
  return { fileName: fileName('quyet-dinh-ho-tro', programmeId, d.heading.name, 'docx'), body };
}
