import { AppError, formatDateVN, formatNumberVN, Permission, type HandoutDetail } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import { documentIssuer, fullUnitName, moneyInWords, placeDateLine } from '../../kit/documents';
import { receiptPdf } from '../../kit/pdf';

const methods: Record<HandoutDetail['method'], string> = {
  cash: 'Tiền mặt',
  transfer: 'Chuyển khoản',
  in_kind: 'Hiện vật',
  voucher: 'Phiếu mua hàng',
};

/** "BN-2026-000042": the receipt's number, from the year handed out and the hand-out's id. */
export const handoutReference = (id: number, handedOn: string) =>
  `BN-${handedOn.slice(0, 4)}-${String(id).padStart(6, '0')}`;

type Row = {
  id: number;
  programmeId: number;
  programmeName: string;
  unitId: number;
  unitName: string;
  fullName: string;
  method: HandoutDetail['method'];
  amountVnd: string;
  handedBy: string;
  place: string | null;
  handedOn: string;
  eventTitle: string | null;
};

/**
 * The hand-out receipt (biên nhận), two copies on an A4 sheet (kit/pdf receipt): issued by the nominating union,
 * naming the recipient, the programme, the amount in figures and words, how, when and where, with a QR code to
 * the programme's nominations; the recipient signs one side, whoever handed it over the other. Only officials
 * whose scope covers the nominating unit get it (the person's data); every download is audited.
 */
export async function handoutReceiptPdf(ctx: Ctx, nominationId: number): Promise<{ fileName: string; body: Buffer }> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  const { rows } = await ctx.pool.query<Row>(
    `SELECT h.id::int, p.id::int AS "programmeId", p.name AS "programmeName", u.id::int AS "unitId",
            u.name AS "unitName", n.full_name AS "fullName", h.method, h.amount_vnd::text AS "amountVnd",
            h.handed_by AS "handedBy", h.place, to_char(h.handed_on, 'YYYY-MM-DD') AS "handedOn",
            e.title AS "eventTitle"
       FROM welfare_handouts h JOIN welfare_nominations n ON n.id = h.nomination_id
       JOIN welfare_programmes p ON p.id = n.programme_id
       JOIN org_units u ON u.id = n.unit_id
       LEFT JOIN events e ON e.id = h.event_id
      WHERE h.nomination_id = $1 AND u.path <@ $2::ltree[]`,
    [nominationId, scopes],
  );
  const h = rows[0];
  if (!h) throw new AppError('WELFARE_HANDOUT_NOT_FOUND', { id: nominationId });
  const { issuer } = await documentIssuer(ctx, h.unitId, h.handedOn);
  const reference = handoutReference(h.id, h.handedOn);
  const body = await receiptPdf({
    issuer,
    title: 'Biên nhận hỗ trợ',
    reference,
    placeDate: placeDateLine(issuer.place, h.handedOn),
    documentTitle: `Biên nhận hỗ trợ ${reference}`,
    lines: [
      { label: 'Người nhận', value: h.fullName },
      { label: 'Đơn vị', value: fullUnitName(h.unitName) },
      { label: 'Chương trình', value: h.programmeName, max: 160 },
      { label: 'Số tiền', value: `${formatNumberVN(Number(h.amountVnd))} đồng` },
      { label: 'Bằng chữ', value: moneyInWords(h.amountVnd), max: 200 },
      { label: 'Hình thức', value: methods[h.method] },
      { label: 'Ngày nhận', value: formatDateVN(h.handedOn) },
      ...(h.place ? [{ label: 'Nơi trao', value: h.place }] : []),
      ...(h.eventTitle ? [{ label: 'Tại sự kiện', value: h.eventTitle }] : []),
    ],
    qr: {
      text: `${ctx.config.publicUrl}/welfare/${h.programmeId}?tab=nominations`,
      caption: 'Quét mã để đối chiếu danh sách (đăng nhập Công Đoàn Số)',
    },
    note: `Người nhận ký xác nhận đã nhận đủ số tiền (hiện vật) nêu trên. Khi đối chiếu, xin nêu số ${reference}.`,
    signers: { left: { title: 'Người nhận', name: h.fullName }, right: { title: 'Người trao', name: h.handedBy } },
    copies: ['Liên 1: Giao người nhận', 'Liên 2: Lưu tại đơn vị'],
  });
  await ctx.tx('welfare_handout.receipt.export', (tx) =>
    auditEvent(tx, {
      action: 'welfare_handout.receipt.export',
      entityType: 'welfare_handouts',
      entityId: h.id,
      data: { nominationId, format: 'pdf' },
    }),
  );
  return { fileName: `bien-nhan-${reference}.pdf`, body };
}
