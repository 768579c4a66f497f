import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';
import {
  campaignProgress,
  documentDate,
  formatDateTimeVN,
  formatNumberVN,
  formatPercentVN,
  indicatorLabels,
  type CampaignRollup,
  type IndicatorKey,
} from '@congdoan/domain';
import { auditEvent } from '../../db/tx';
import { nd30Header } from '../../documents/nd30-header';
import type { Ctx } from '../../context/context';
import { campaignSummaryReport, type CampaignSummaryReport } from './campaign-summary';

const levelNames: Record<string, string> = {
  confederation: 'Tổng Liên đoàn',
  provincial_federation: 'LĐLĐ tỉnh, thành phố',
  central_industry_union: 'Công đoàn ngành Trung ương',
  corporation_union: 'Công đoàn Tổng công ty',
  upper_union: 'Công đoàn cấp trên trực tiếp cơ sở',
  grassroots_union: 'Công đoàn cơ sở',
  union_group: 'Tổ công đoàn',
};

/** "Bảy trăm sáu mươi triệu đồng" — amounts in words, first letter capitalised. */
export function moneyInWords(amount: number): string {
  const config = new ReadingConfig();
  config.unit = ['đồng'];
  const words = doReadNumber(String(Math.round(amount)), config);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const vnd = (n: number) => `${formatNumberVN(n)} đồng`;
const n = formatNumberVN;

/** "Kế hoạch được ban hành tới 4 đơn vị; 3 đơn vị đã báo cáo (đạt 75 %)." — or, with none below, activities. */
export function progressSentence(roll: CampaignRollup): string {
  const p = campaignProgress(roll);
  const share = `đạt ${formatPercentVN(p.ratio)}`;
  return p.of === 'units'
    ? `Kế hoạch được ban hành tới ${n(p.total)} đơn vị; ${n(p.reported)} đơn vị đã báo cáo (${share}).`
    : `Đơn vị đã báo cáo ${n(p.reported)}/${n(p.total)} hoạt động (${share}).`;
}
const label = (k: string) => indicatorLabels[k as IndicatorKey] ?? k;
const fileBase = (r: CampaignSummaryReport) => `bao-cao-${r.campaign.id}-${r.campaign.year}`;
export const reportTitle = (r: CampaignSummaryReport) => `Kết quả tổ chức ${r.campaign.title}`;

async function logExport(ctx: Ctx, id: number, format: string) {
  await ctx.tx('campaign.export_summary', (tx) =>
    auditEvent(tx, { action: 'campaign.export_summary', entityType: 'campaigns', entityId: id, data: { format } }),
  );
}

// Nghị định 30/2020: Times New Roman, A4, margins top/bottom 20 mm, left 30 mm, right 15 mm.
const font = 'Times New Roman';
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text, font, size: o.size ?? 26, bold: o.bold ?? false, italics: o.italics ?? false });
const para = (
  children: TextRun[],
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED,
) => new Paragraph({ children, alignment, spacing: { after: 120 } });

function grid(head: string[], rows: string[][]): Table {
  const cell = (t: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [run(t, { bold, size: 24 })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ children: head.map((h) => cell(h, true)), tableHeader: true }),
      ...rows.map((row) => new TableRow({ children: row.map((t) => cell(t)) })),
    ],
  });
}

/** The campaign summary as a Word report in Vietnamese administrative format. */
export async function summaryDocx(ctx: Ctx, id: number): Promise<{ fileName: string; body: Buffer }> {
  const r = await campaignSummaryReport(ctx, id);
  const now = ctx.now();
  const title = reportTitle(r);
  const roll = r.rollup;
  const children: (Paragraph | Table)[] = [
    nd30Header({
      parentName: r.parentName,
      unitName: r.campaign.unitName,
      placeDate: `${r.place}, ${documentDate(now)}`,
    }),
    new Paragraph({
      children: [run('BÁO CÁO', { bold: true, size: 28 })],
      alignment: AlignmentType.CENTER,
      spacing: { before: 360 },
    }),
    new Paragraph({
      children: [run(title, { bold: true, size: 28 })],
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
    }),
    para([run('I. CHỦ ĐỀ VÀ THỜI GIAN', { bold: true })]),
    ...r.campaign.themes.map((t) => para([run(`Chủ đề: "${t}".`)])),
    para([
      run(
        `Thời gian: từ ${r.campaign.startsOn.split('-').reverse().join('/')} đến ${r.campaign.endsOn.split('-').reverse().join('/')}.`,
      ),
    ]),
    para([run('II. KẾT QUẢ THỰC HIỆN', { bold: true })]),
    para([
      run(
        `${progressSentence(roll)} Tổ chức ${n(r.eventsHeld)} sự kiện với ${n(r.registrations)} lượt đăng ký, ` +
          `${n(r.checkedIn)} lượt có mặt.`,
      ),
    ]),
    grid(
      ['Chỉ tiêu', 'Tổng số'],
      Object.entries(roll.totals).map(([k, v]) => [label(k), k.endsWith('Vnd') ? vnd(v) : n(v)]),
    ),
    para([run('Theo cấp:', { bold: true })]),
    grid(
      ['Cấp', 'Số đơn vị', 'Đã báo cáo'],
      roll.byLevel.map((l) => [levelNames[l.level] ?? l.level, n(l.units), n(l.reported)]),
    ),
    para([run('Các sự kiện:', { bold: true })]),
    grid(
      ['Sự kiện', 'Thời gian', 'Đơn vị tổ chức', 'Đăng ký', 'Có mặt'],
      r.events.map((e) => [e.title, formatDateTimeVN(e.startsAt), e.unitName, n(e.confirmed), n(e.checkedIn)]),
    ),
    para([run('III. KINH PHÍ VÀ TÀI TRỢ', { bold: true })]),
    para([run(`Kinh phí đã chi: ${vnd(r.spentVnd)} (${moneyInWords(r.spentVnd)}).`)]),
    para([run(`Tài trợ bằng tiền: ${vnd(r.sponsorCashVnd)} (${moneyInWords(r.sponsorCashVnd)}).`)]),
    ...(r.sponsorsInKind.length ? [para([run(`Tài trợ hiện vật: ${r.sponsorsInKind.join('; ')}.`)])] : []),
    para([run('IV. ĐƠN VỊ CHẬM BÁO CÁO', { bold: true })]),
    para([run(roll.late.length ? roll.late.map((l) => l.unitName).join('; ') + '.' : 'Không có.')]),
    new Paragraph({
      children: [run('TM. BAN THƯỜNG VỤ', { bold: true })],
      alignment: AlignmentType.RIGHT,
      spacing: { before: 480 },
    }),
  ];
  const doc = new Document({
    title: `Báo cáo ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    creator: 'Công Đoàn Số',
    styles: { default: { document: { run: { font, size: 26 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 851 },
          },
        },
        children,
      },
    ],
  });
  const body = await Packer.toBuffer(doc);
  await logExport(ctx, id, 'docx');
  return { fileName: `${fileBase(r)}.docx`, body };
}

/** The campaign summary as a workbook: overview, units, events. */
export async function summaryXlsx(ctx: Ctx, id: number): Promise<{ fileName: string; body: Buffer }> {
  const r = await campaignSummaryReport(ctx, id);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Công Đoàn Số';
  const overview = wb.addWorksheet('Tổng hợp');
  overview.addRow([`Báo cáo ${reportTitle(r).charAt(0).toLowerCase()}${reportTitle(r).slice(1)}`]).font = {
    bold: true,
    size: 14,
  };
  overview.addRow(['Đơn vị', r.campaign.unitName]);
  overview.addRow(['Chủ đề', r.campaign.themes.join('; ')]);
  const progress = campaignProgress(r.rollup);
  const of = progress.of === 'units' ? 'đơn vị' : 'hoạt động';
  overview.addRow([`Số ${of} phải báo cáo`, progress.total]);
  overview.addRow([`Số ${of} đã báo cáo`, progress.reported]);
  overview.addRow(['Tỷ lệ hoàn thành', progress.ratio]).getCell(2).numFmt = '0.0%';
  overview.addRow(['Số sự kiện đã tổ chức', r.eventsHeld]);
  overview.addRow(['Lượt đăng ký sự kiện', r.registrations]);
  overview.addRow(['Lượt có mặt tại sự kiện', r.checkedIn]);
  overview.addRow(['Kinh phí đã chi (đồng)', r.spentVnd]);
  overview.addRow(['Tài trợ bằng tiền (đồng)', r.sponsorCashVnd]);
  for (const [k, v] of Object.entries(r.rollup.totals)) overview.addRow([label(k), v]);
  overview.addRow(['Đơn vị chậm báo cáo', r.rollup.late.map((l) => l.unitName).join('; ')]);
  overview.getColumn(2).numFmt = '#,##0';
  overview.getColumn(1).width = 40;
  overview.getColumn(2).width = 60;
  const units = wb.addWorksheet('Đơn vị');
  units.addRow([
    'Mã',
    'Đơn vị',
    'Cấp',
    'Hoạt động',
    'Đã báo cáo',
    '%',
    'Chậm',
    ...Object.keys(r.rollup.totals).map(label),
  ]);
  for (const u of r.rollup.units)
    units.addRow([
      u.unitCode,
      u.unitName,
      levelNames[u.level] ?? u.level,
      u.activities,
      u.reportedActivities,
      u.percent,
      u.late ? 'Chậm' : '',
      ...Object.keys(r.rollup.totals).map((k) => u.totals[k] ?? 0),
    ]);
  const events = wb.addWorksheet('Sự kiện');
  events.addRow([
    'Sự kiện',
    'Thời gian',
    'Đơn vị tổ chức',
    'Đăng ký',
    'Có mặt',
    'Đã chi (đồng)',
    'Tài trợ tiền (đồng)',
  ]);
  for (const e of r.events)
    events.addRow([
      e.title,
      formatDateTimeVN(e.startsAt),
      e.unitName,
      e.confirmed,
      e.checkedIn,
      e.spentVnd,
      e.sponsorCashVnd,
    ]);
  for (const ws of [units, events]) ws.getRow(1).font = { bold: true };
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  await logExport(ctx, id, 'xlsx');
  return { fileName: `${fileBase(r)}.xlsx`, body };
}
