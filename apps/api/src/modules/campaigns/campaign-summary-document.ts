import {
  campaignProgress,
  formatDateTimeVN,
  formatNumberVN,
  formatPercentVN,
  todayVN,
  type CampaignRollup,
} from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { amountWithWords, documentIssuer, fullUnitName, nd30Docx, type Block } from '../../kit/documents';
import { nd30Pdf } from '../../kit/pdf';
import {
  campaignSummaryReport,
  fileBase,
  label,
  levelNames,
  logExport,
  reportTitle,
  type CampaignSummaryReport,
} from './campaign-summary';

const n = formatNumberVN;
const vnd = (v: number) => `${n(v)} đồng`;
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** "Kế hoạch được ban hành tới 4 đơn vị; 3 đơn vị đã báo cáo (đạt 75 %)." — or, with none below, activities. */
export function progressSentence(roll: CampaignRollup): string {
  const p = campaignProgress(roll);
  const share = `đạt ${formatPercentVN(p.ratio)}`;
  return p.of === 'units'
    ? `Kế hoạch được ban hành tới ${n(p.total)} đơn vị; ${n(p.reported)} đơn vị đã báo cáo (${share}).`
    : `Đơn vị đã báo cáo ${n(p.reported)}/${n(p.total)} hoạt động (${share}).`;
}

/** What the events table lists, in words: those organised and those the unit's members attended above it. */
export function eventsSentence(r: CampaignSummaryReport): string {
  const counts = `${n(r.registrations)} lượt đăng ký, ${n(r.checkedIn)} lượt có mặt`;
  const attended = `${n(r.eventsAttended)} sự kiện do cấp trên tổ chức`;
  if (r.eventsHeld === 0 && r.eventsAttended > 0) return `Đoàn viên tham gia ${attended} với ${counts}.`;
  return r.eventsAttended > 0
    ? `Tổ chức ${n(r.eventsHeld)} sự kiện, đoàn viên tham gia thêm ${attended}; tổng cộng ${counts}.`
    : `Tổ chức ${n(r.eventsHeld)} sự kiện với ${counts}.`;
}

function body(r: CampaignSummaryReport): Block[] {
  const roll = r.rollup;
  const hasUnitsBelow = roll.unitsIssued > 0;
  return [
    { heading: 'I. CHỦ ĐỀ VÀ THỜI GIAN' },
    ...r.campaign.themes.map((t) => ({ paragraph: `Chủ đề: "${t}".` })),
    { paragraph: `Thời gian: từ ${dmy(r.campaign.startsOn)} đến ${dmy(r.campaign.endsOn)}.` },
    { heading: 'II. KẾT QUẢ THỰC HIỆN' },
    { paragraph: `${progressSentence(roll)} ${eventsSentence(r)}` },
    { heading: '1. Các chỉ tiêu' },
    {
      table: {
        head: ['Chỉ tiêu', 'Tổng số'],
        rows: Object.entries(roll.totals).map(([k, v]) => [label(k), k.endsWith('Vnd') ? vnd(v) : n(v)]),
        numeric: [1],
      },
    },
    ...(hasUnitsBelow
      ? [
          { heading: '2. Theo cấp' },
          {
            table: {
              head: ['Cấp', 'Số đơn vị', 'Đã báo cáo'],
              rows: roll.byLevel.map((l) => [levelNames[l.level] ?? l.level, n(l.units), n(l.reported)]),
              numeric: [1, 2],
            },
          },
        ]
      : []),
    { heading: `${hasUnitsBelow ? 3 : 2}. Các sự kiện` },
    r.events.length
      ? {
          table: {
            head: ['Sự kiện', 'Thời gian', 'Đơn vị tổ chức', 'Đăng ký', 'Có mặt'],
            rows: r.events.map((e) => [
              e.title,
              formatDateTimeVN(e.startsAt),
              fullUnitName(e.unitName),
              n(e.confirmed),
              n(e.checkedIn),
            ]),
            numeric: [3, 4],
          },
        }
      : { paragraph: 'Chưa có sự kiện nào của kế hoạch được ghi nhận trên hệ thống.' },
    { heading: 'III. KINH PHÍ VÀ TÀI TRỢ' },
    { paragraph: `Kinh phí đã chi: ${amountWithWords(r.spentVnd)}.` },
    { paragraph: `Tài trợ bằng tiền: ${amountWithWords(r.sponsorCashVnd)}.` },
    ...(r.sponsorsInKind.length ? [{ paragraph: `Tài trợ hiện vật: ${r.sponsorsInKind.join('; ')}.` }] : []),
    // a unit with no copies below has no one to be late
    ...(hasUnitsBelow
      ? [
          { heading: 'IV. ĐƠN VỊ CHẬM BÁO CÁO' },
          {
            paragraph: roll.late.length ? roll.late.map((l) => fullUnitName(l.unitName)).join('; ') + '.' : 'Không có.',
          },
        ]
      : []),
  ];
}

/**
 * The campaign summary as a Nghị định 30 report, .docx (kit/documents) or PDF (kit/pdf), both from the one
 * content built here; the export is audited.
 */
export async function summaryFile(
  ctx: Ctx,
  id: number,
  format: 'docx' | 'pdf',
): Promise<{ fileName: string; body: Buffer }> {
  const r = await campaignSummaryReport(ctx, id);
  const date = todayVN(ctx.now());
  const { issuer, signature } = await documentIssuer(ctx, r.campaign.unitId, date);
  const content = {
    issuer,
    kind: 'report' as const,
    date,
    summary: reportTitle(r),
    body: body(r),
    signature,
    recipients: issuer.parentName ? [`Ban Thường vụ ${issuer.parentName} (để báo cáo)`] : [],
  };
  const file = format === 'pdf' ? await nd30Pdf(content) : await nd30Docx(content);
  await logExport(ctx, id, format);
  return { fileName: `${fileBase(r)}.${format}`, body: file };
}
