import { documentDate, todayVN } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { documentIssuer, fullUnitName, moneyInWords } from '../../kit/documents';
import {
  a4Document,
  administrativeHeader,
  documentTitle,
  paragraph,
  renderPdf,
  signatureBlock,
  table,
  type Content,
} from '../../kit/pdf';
import type { TableCell } from '../../kit/pdf/pdf';
import { documentData, fileName, logExport, vnd } from './documents.common';
import { totalVnd } from './programme-figures';
import { signaturePages } from './signature-pages';
import { annexHead, annexRows, decisionArticles } from './support-decision-docx';

// The PDFs of the decision and the signature list: the same sentences, rows and pages as the .docx
// (decisionArticles, annexRows, signaturePages), drawn with kit/pdf.

// 40 pt rows, like the .docx's 800 twips: the pages of signaturePages() fit.
const ROW = 40;

/** The signature list as a PDF: per page its rows and "Cộng trang", a grand total on the last. */
export async function signatureListPdf(ctx: Ctx, programmeId: number, unitId?: number) {
  const d = await documentData(ctx, programmeId, unitId);
  const { issuer, signature } = await documentIssuer(ctx, unitId ?? d.heading.unitId, todayVN(ctx.now()));
  const pages = signaturePages(d.list);
  const sum = (label: string, v: number): TableCell[] => [
    { text: label, bold: true, colSpan: 3, alignment: 'center' },
    '',
    '',
    { text: vnd(v), bold: true, alignment: 'right' },
    { text: moneyInWords(v), bold: true },
    '',
  ];
  const content: Content[] = [
    administrativeHeader({ parentName: issuer.parentName, unitName: issuer.name, placeDate: '', number: '' }),
    documentTitle('DANH SÁCH KÝ NHẬN', `Hỗ trợ ${d.heading.name}`),
    {
      text: d.unitName ? `Đơn vị: ${fullUnitName(d.unitName)}` : `Đơn vị chủ trì: ${fullUnitName(d.heading.unitName)}`,
      italics: true,
      alignment: 'center',
      margin: [0, 0, 0, 8],
    },
    ...pages.map((p, i): Content => ({
      pageBreak: i > 0 ? 'before' : undefined,
      fontSize: 9,
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [22, 90, 82, 55, '*', 50],
        heights: (r: number) => (r === 0 ? 28 : ROW),
        body: [
          ['STT', 'Họ và tên', 'Đơn vị', 'Số tiền (đồng)', 'Số tiền bằng chữ', 'Ký nhận'].map((h): TableCell => ({
            text: h,
            bold: true,
            alignment: 'center',
            fillColor: '#eeeeee',
          })),
          ...p.rows.map((b): TableCell[] => [
            { text: String(b.no), alignment: 'center' },
            b.fullName,
            b.unitName,
            { text: vnd(b.amountVnd), alignment: 'right' },
            moneyInWords(b.amountVnd),
            '',
          ]),
          sum(`Cộng trang ${p.page}`, p.subtotalVnd),
          ...(i === pages.length - 1 ? [sum('Tổng cộng', totalVnd(d.list))] : []),
        ],
      },
    })),
    { text: `Tổng số tiền bằng chữ: ${moneyInWords(totalVnd(d.list))}.`, italics: true, margin: [0, 6, 0, 0] },
    {
      unbreakable: true,
      stack: [
        {
          text: `${issuer.place}, ${documentDate(ctx.now())}`,
          italics: true,
          alignment: 'right',
          margin: [0, 8, 0, 4],
        },
        {
          columns: ['NGƯỜI LẬP DANH SÁCH', 'KẾ TOÁN', 'TM. BAN THƯỜNG VỤ\nCHỦ TỊCH'].map((t, k) => ({
            width: '*',
            alignment: 'center',
            stack: [
              { text: t, bold: true },
              { text: k === 2 ? signature.name : '', bold: true, margin: [0, 50, 0, 0] },
            ],
          })),
        },
      ],
    },
  ];
  const body = await renderPdf(a4Document({ title: `Danh sách ký nhận ${d.heading.name}`, content }));
  await logExport(ctx, programmeId, 'signature_list', 'pdf', unitId);
  return { fileName: fileName('ds-ky-nhan', programmeId, d.heading.name, 'pdf'), body };
}

/** The support decision as a PDF, with the annexed list on a new page. */
export async function supportDecisionPdf(ctx: Ctx, programmeId: number, unitId?: number) {
  const d = await documentData(ctx, programmeId, unitId);
  const { issuer, signature } = await documentIssuer(ctx, d.heading.unitId, todayVN(ctx.now()));
  const { preamble, articles } = decisionArticles(d);
  const content: Content[] = [
    administrativeHeader({
      parentName: issuer.parentName,
      unitName: issuer.name,
      placeDate: `${issuer.place}, ${documentDate(ctx.now())}`,
      number: `Số:      /QĐ-${issuer.abbreviation}`,
    }),
    documentTitle('QUYẾT ĐỊNH', `Về việc hỗ trợ ${d.heading.name}`),
    {
      text: `BAN THƯỜNG VỤ ${issuer.name.toLocaleUpperCase('vi')}`,
      bold: true,
      alignment: 'center',
      margin: [0, 0, 0, 8],
    },
    ...preamble.map((p) => ({ ...(paragraph(p) as object), italics: true }) as Content),
    { text: 'QUYẾT ĐỊNH:', bold: true, alignment: 'center', margin: [0, 6, 0, 6] },
    ...articles.map((a) => paragraph(a)),
    signatureBlock({ authority: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH', name: signature.name }),
    { text: 'DANH SÁCH NGƯỜI ĐƯỢC HỖ TRỢ', bold: true, alignment: 'center', pageBreak: 'before' },
    {
      text: `(Kèm theo Quyết định số      /QĐ-${issuer.abbreviation} của Ban Thường vụ ${fullUnitName(d.heading.unitName)})`,
      italics: true,
      alignment: 'center',
      margin: [0, 0, 0, 8],
    },
    table(annexHead, annexRows(d), [22, '*', '*', 70, 70]),
  ];
  const body = await renderPdf(a4Document({ title: `Quyết định hỗ trợ ${d.heading.name}`, content }));
  await logExport(ctx, programmeId, 'support_decision', 'pdf', unitId);
  return { fileName: fileName('quyet-dinh-ho-tro', programmeId, d.heading.name, 'pdf'), body };
}
