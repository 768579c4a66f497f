import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
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
import { XlsxBook } from '../../kit/spreadsheet/xlsx-writer';

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

/** The campaign summary as a workbook: overview, units, events; each sheet printable under the same title. */
export async function summaryXlsx(ctx: Ctx, id: number): Promise<{ fileName: string; body: Buffer }> {
  const r = await campaignSummaryReport(ctx, id);
  const title = {
    unit: r.campaign.unitName,
    title: `BÁO CÁO ${reportTitle(r).toUpperCase()}`,
    date: ctx.now(),
  };
  const book = new XlsxBook();
  const overview = book.sheet(
    'Tổng hợp',
    [{ header: 'Chỉ tiêu' }, { header: 'Giá trị', kind: 'integer', maxWidth: 60 }],
    {
      title,
    },
  );
  const text = (value: string) => ({ value, kind: 'text' as const });
  const money = (value: number) => ({ value, kind: 'money' as const });
  overview.add(['Đơn vị', text(r.campaign.unitName)]);
  overview.add(['Chủ đề', text(r.campaign.themes.join('; '))]);
  overview.add(['Từ ngày', { value: r.campaign.startsOn, kind: 'date' }]);
  overview.add(['Đến ngày', { value: r.campaign.endsOn, kind: 'date' }]);
  const progress = campaignProgress(r.rollup);
  const of = progress.of === 'units' ? 'đơn vị' : 'hoạt động';
  overview.add([`Số ${of} phải báo cáo`, progress.total]);
  overview.add([`Số ${of} đã báo cáo`, progress.reported]);
  overview.add(['Tỷ lệ hoàn thành', { value: progress.ratio, kind: 'percent' }]);
  overview.add(['Số sự kiện đã tổ chức', r.eventsHeld]);
  overview.add(['Lượt đăng ký sự kiện', r.registrations]);
  overview.add(['Lượt có mặt tại sự kiện', r.checkedIn]);
  overview.add(['Kinh phí đã chi (đồng)', money(r.spentVnd)]);
  overview.add(['Tài trợ bằng tiền (đồng)', money(r.sponsorCashVnd)]);
  for (const [k, v] of Object.entries(r.rollup.totals)) overview.add([label(k), k.endsWith('Vnd') ? money(v) : v]);
  overview.add(['Đơn vị chậm báo cáo', text(r.rollup.late.map((l) => l.unitName).join('; '))]);

  const keys = Object.keys(r.rollup.totals);
  const units = book.sheet(
    'Đơn vị',
    [
      { header: 'Mã' },
      { header: 'Đơn vị', maxWidth: 45 },
      { header: 'Cấp' },
      { header: 'Hoạt động', kind: 'integer' },
      { header: 'Đã báo cáo', kind: 'integer' },
      { header: '%', kind: 'decimal' },
      { header: 'Chậm' },
      ...keys.map((k) => ({ header: label(k), kind: k.endsWith('Vnd') ? ('money' as const) : ('integer' as const) })),
    ],
    { title },
  );
  for (const u of r.rollup.units)
    units.add([
      u.unitCode,
      u.unitName,
      levelNames[u.level] ?? u.level,
      u.activities,
      u.reportedActivities,
      u.percent,
      u.late ? 'Chậm' : '',
      ...keys.map((k) => u.totals[k] ?? 0),
    ]);
  const events = book.sheet(
    'Sự kiện',
    [
      { header: 'Sự kiện', maxWidth: 50 },
      { header: 'Thời gian', kind: 'datetime' },
      { header: 'Đơn vị tổ chức', maxWidth: 40 },
      { header: 'Đăng ký', kind: 'integer' },
      { header: 'Có mặt', kind: 'integer' },
      { header: 'Đã chi (đồng)', kind: 'money' },
      { header: 'Tài trợ tiền (đồng)', kind: 'money' },
    ],
    { title },
  );
  for (const e of r.events)
    events.add([e.title, e.startsAt, e.unitName, e.confirmed, e.checkedIn, e.spentVnd, e.sponsorCashVnd]);
  const body = await book.finish();
  await logExport(ctx, id, 'xlsx');
  return { fileName: `${fileBase(r)}.xlsx`, body };
}
