import { formatDateVN, todayVN } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import { dataTable, documentIssuer, heading, nd30Document, paragraph } from '../../kit/documents';
import { getBriefing } from './get-briefing';

const lines = (text: string | null) =>
  text?.trim() ? text.split(/\n+/).map((l) => paragraph(l)) : [paragraph('Không có.')];

/**
 * The minutes (biên bản) or the conclusion notice (thông báo kết luận) of a briefing or working session, in the
 * Nghị định 30 layout, from the same record the screen shows.
 */
export async function briefingDocx(ctx: Ctx, id: number, kind: 'minutes' | 'notice') {
  const b = await getBriefing(ctx, id);
  const what = b.kind === 'briefing' ? 'hội nghị giao ban' : `phiên làm việc với ${b.subjectUnitName ?? ''}`;
  const { issuer, signature } = await documentIssuer(ctx, b.unitId, todayVN(ctx.now()));
  const tasks = b.tasks.length
    ? [
        dataTable(
          ['Nhiệm vụ', 'Đơn vị chủ trì', 'Người phụ trách', 'Hạn hoàn thành'],
          b.tasks.map((t) => [t.title, t.unitName, t.ownerName ?? '', formatDateVN(t.deadline)]),
        ),
      ]
    : [paragraph('Không có nhiệm vụ giao.')];
  const body =
    kind === 'minutes'
      ? [
          heading('I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN'),
          paragraph(`Thời gian: ngày ${formatDateVN(b.heldOn)}. Địa điểm: ${b.place ?? 'trụ sở ' + b.unitName}.`),
          paragraph(`Chủ trì: ${b.chair}.`),
          ...(b.participants ? [paragraph(`Thành phần: ${b.participants}.`)] : []),
          ...(b.reports.length
            ? [paragraph(`Báo cáo được xem xét: ${b.reports.map((r) => r.label).join('; ')}.`)]
            : []),
          heading('II. Ý KIẾN PHÁT BIỂU'),
          ...(b.opinions.length
            ? b.opinions.map((o) => paragraph(`${o.unitName}: ${o.text}`))
            : [paragraph('Không có.')]),
          heading('III. KẾT LUẬN'),
          ...lines(b.conclusions),
          heading('IV. NHIỆM VỤ GIAO'),
          ...tasks,
        ]
      : [
          paragraph(
            `Ngày ${formatDateVN(b.heldOn)}, ${issuer.name} tổ chức ${what}, do ${b.chair} chủ trì. ` +
              `Sau khi nghe báo cáo và ý kiến phát biểu, ${b.chair} kết luận như sau:`,
          ),
          heading('1. Kết luận'),
          ...lines(b.conclusions),
          heading('2. Chỉ đạo'),
          ...lines(b.directives),
          heading('3. Nhiệm vụ giao'),
          ...tasks,
          paragraph(`${issuer.name} thông báo để các đơn vị, cá nhân liên quan biết, thực hiện.`),
        ];
  const file = await nd30Document({
    issuer,
    kind,
    date: todayVN(ctx.now()),
    summary: kind === 'minutes' ? `${b.title}` : `Kết luận của ${b.chair} tại ${what}`,
    body,
    signature: kind === 'minutes' ? { authority: 'CHỦ TRÌ', title: '', name: b.chair } : signature,
    recipients: [...new Set(b.tasks.map((t) => t.unitName))],
  });
  await ctx.tx('briefing.export', (tx) =>
    auditEvent(tx, { action: 'briefing.export', entityType: 'briefings', entityId: id, data: { kind } }),
  );
  return { fileName: `${kind === 'minutes' ? 'bien-ban' : 'thong-bao-ket-luan'}-${id}.docx`, body: file };
}
