import { formatDateTimeVN, formatNumberVN, petitionReference, todayVN, type PetitionSummary } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import { documentIssuer, fullUnitName, placeDateLine } from '../../kit/documents';
import { receiptPdf } from '../../kit/pdf';
import { findPetition } from './petitions.queries';

const raiserKind: Record<PetitionSummary['raisedBy'], string> = {
  unit: 'Công đoàn',
  member: 'Đoàn viên',
  anonymous: 'Người lao động ẩn danh',
  staff: 'Cán bộ ghi nhận tại hội nghị',
};

/**
 * The acknowledgement of a petition (phiếu tiếp nhận kiến nghị), two copies on an A4 sheet (kit/pdf receipt):
 * issued by the union that recorded it, with its reference, who raised it (never an anonymous worker's identity),
 * when, what, and a QR code to the petition's page. Whoever may read the petition may print it; audited.
 */
export async function petitionReceiptPdf(ctx: Ctx, id: number): Promise<{ fileName: string; body: Buffer }> {
  const actor = requireActor(ctx);
  const p = await findPetition(ctx.pool, actor, id, 'read');
  const { rows } = await ctx.pool.query<{ content: string; raiserName: string | null; receivedBy: string | null }>(
    `SELECT p.content, p.raiser_name AS "raiserName", u.display_name AS "receivedBy"
       FROM petitions p LEFT JOIN app_users u ON u.id = p.created_by WHERE p.id = $1`,
    [id],
  );
  const extra = rows[0]!;
  const receivedOn = todayVN(new Date(p.createdAt));
  const { issuer } = await documentIssuer(ctx, p.originUnitId, receivedOn);
  const reference = petitionReference(p.id, p.createdAt);
  const who =
    p.raisedBy === 'anonymous'
      ? raiserKind.anonymous
      : extra.raiserName
        ? `${extra.raiserName} (${raiserKind[p.raisedBy].toLocaleLowerCase('vi')})`
        : p.raisedBy === 'unit'
          ? fullUnitName(p.originUnitName)
          : raiserKind[p.raisedBy];
  const body = await receiptPdf({
    issuer,
    title: 'Phiếu tiếp nhận kiến nghị',
    reference,
    placeDate: placeDateLine(issuer.place, receivedOn),
    documentTitle: `Phiếu tiếp nhận kiến nghị ${reference}`,
    lines: [
      { label: 'Kiến nghị', value: p.title, max: 160 },
      { label: 'Tóm tắt', value: extra.content, max: 200 },
      { label: 'Người kiến nghị', value: who },
      { label: 'Đơn vị', value: fullUnitName(p.originUnitName) },
      { label: 'Lĩnh vực', value: p.topicName },
      { label: 'Kiến nghị tới', value: p.addresseeName },
      { label: 'Số người lao động', value: formatNumberVN(p.affectedWorkers) },
      { label: 'Tiếp nhận lúc', value: formatDateTimeVN(p.createdAt) },
      { label: 'Đơn vị giải quyết', value: fullUnitName(p.unitName) },
    ],
    qr: {
      text: `${ctx.config.publicUrl}/petitions/${p.id}`,
      caption: 'Quét mã để theo dõi kết quả giải quyết (đăng nhập Công Đoàn Số)',
    },
    note: `Khi hỏi về kiến nghị này, xin nêu số phiếu ${reference}.`,
    signers: {
      left: { title: 'Người kiến nghị' },
      right: { title: 'Người tiếp nhận', name: extra.receivedBy ?? actor.displayName },
    },
    copies: ['Liên 1: Giao người kiến nghị', 'Liên 2: Lưu tại đơn vị'],
  });
  await ctx.tx('petition.receipt.export', (tx) =>
    auditEvent(tx, {
      action: 'petition.receipt.export',
      entityType: 'petitions',
      entityId: p.id,
      data: { format: 'pdf' },
    }),
  );
  return { fileName: `phieu-tiep-nhan-${reference}.pdf`, body };
}
