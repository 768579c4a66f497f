import { auditEvent } from '../../db/tx';
import type { Ctx } from '../../context/context';
import { a4, mm, renderPdf } from '../../kit/pdf';
import { cutMarks, drawCard } from './card-pdf';
import { getCard } from './card-view';

/**
 * One member's card as a PDF: the card at its real size (85.6 × 54 mm) in the top-left corner of an A4 page,
 * 15 mm from both edges, with cut marks. Same fields and the same scope check as the screen's card; audited.
 */
export async function cardPdf(ctx: Ctx, personId: number): Promise<{ fileName: string; body: Buffer }> {
  const card = await getCard(ctx, personId);
  const at = mm(15);
  const body = await renderPdf({
    pageSize: { width: a4.width, height: a4.height },
    pageMargins: 0,
    info: { title: `Thẻ đoàn viên ${card.fullName}` },
    content: [cutMarks(at, at, 1, 1), ...(await drawCard(card, at, at))],
  });
  await ctx.tx('member.card.export', (tx) =>
    auditEvent(tx, {
      action: 'member.card.export',
      entityType: 'persons',
      entityId: personId,
      data: { format: 'pdf', cardNumber: card.cardNumber },
    }),
  );
  return { fileName: `the-doan-vien-${card.cardNumber}.pdf`, body };
}
