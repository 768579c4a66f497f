import { documentDate, formatDateTimeVN, formatNumberVN, todayVN } from '@congdoan/domain';
import { auditEvent } from '../../db/tx';
import type { Ctx } from '../../context/context';
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
import { documentIssuer, moneyInWords } from '../../kit/documents';
import { campaignSummaryReport, label, reportTitle } from './campaign-summary';
import { progressSentence } from './campaign-summary-docx';

const n = formatNumberVN;
const vnd = (v: number) => `${n(v)} đồng`;
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The campaign report as a PDF for printing: the same sections and figures as the .docx, all taken from
 * campaignSummaryReport() and the .docx's own sentence builders, never recomputed here. Audited like the .docx.
 */
export async function summaryPdf(ctx: Ctx, id: number): Promise<{ fileName: string; body: Buffer }> {
  const r = await campaignSummaryReport(ctx, id);
  const roll = r.rollup;
  const title = reportTitle(r);
  // the same issuer, place and signer as the .docx (kit/documents)
  const { issuer } = await documentIssuer(ctx, r.campaign.unitId, todayVN(ctx.now()));
  const content: Content[] = [
    administrativeHeader({
      parentName: issuer.parentName,
      unitName: issuer.name,
      placeDate: `${issuer.place}, ${documentDate(ctx.now())}`,
    }),
    documentTitle('BÁO CÁO', title),
    heading('I. CHỦ ĐỀ VÀ THỜI GIAN'),
    ...r.campaign.themes.map((t) => paragraph(`Chủ đề: "${t}".`)),
    paragraph(`Thời gian: từ ${dmy(r.campaign.startsOn)} đến ${dmy(r.campaign.endsOn)}.`),
    heading('II. KẾT QUẢ THỰC HIỆN'),
    paragraph(
      `${progressSentence(roll)} Tổ chức ${n(r.eventsHeld)} sự kiện với ${n(r.registrations)} lượt đăng ký, ` +
        `${n(r.checkedIn)} lượt có mặt.`,
    ),
    table(
      ['Chỉ tiêu', 'Tổng số'],
      Object.entries(roll.totals).map(([k, v]) => [label(k), k.endsWith('Vnd') ? vnd(v) : n(v)]),
      ['*', 'auto'],
    ),
    heading('Các sự kiện', 11),
    table(
      ['Sự kiện', 'Thời gian', 'Đơn vị tổ chức', 'Đăng ký', 'Có mặt'],
      r.events.map((e) => [e.title, formatDateTimeVN(e.startsAt), e.unitName, n(e.confirmed), n(e.checkedIn)]),
      ['*', 'auto', '*', 'auto', 'auto'],
    ),
    heading('III. KINH PHÍ VÀ TÀI TRỢ'),
    paragraph(`Kinh phí đã chi: ${vnd(r.spentVnd)} (${moneyInWords(r.spentVnd)}).`),
    paragraph(`Tài trợ bằng tiền: ${vnd(r.sponsorCashVnd)} (${moneyInWords(r.sponsorCashVnd)}).`),
    ...(r.sponsorsInKind.length ? [paragraph(`Tài trợ hiện vật: ${r.sponsorsInKind.join('; ')}.`)] : []),
    heading('IV. ĐƠN VỊ CHẬM BÁO CÁO'),
    paragraph(roll.late.length ? roll.late.map((l) => l.unitName).join('; ') + '.' : 'Không có.'),
    signatureBlock({ authority: 'TM. BAN THƯỜNG VỤ', title: 'CHỦ TỊCH' }),
  ];
  const body = await renderPdf(a4Document({ title: `Báo cáo ${title}`, content }));
  await ctx.tx('campaign.export_summary', (tx) =>
    auditEvent(tx, {
      action: 'campaign.export_summary',
      entityType: 'campaigns',
      entityId: id,
      data: { format: 'pdf' },
    }),
  );
  return { fileName: `bao-cao-${r.campaign.id}-${r.campaign.year}.pdf`, body };
}
