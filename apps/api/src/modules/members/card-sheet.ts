import { AppError, Permission, type CardView } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import { a4, renderPdf, type Content } from '../../kit/pdf';
import { federationOf } from './card-numbers';
import { cardSize, cutMarks, drawCard, sheetOrigin, type SheetLayout } from './card-pdf';
import { verificationUrl } from './card-signing';

/**
 * A sheet is made while the official waits, and pdfmake lays pages out synchronously (~0.1 s a page, blocking the
 * API process meanwhile): 200 cards, 25 pages at 8 a page, keeps that to a few seconds. A larger unit is printed by
 * its sub-units (union groups), or — later — by a background job.
 */
export const MAX_SHEET_CARDS = 200;

/** The cards of every member of a unit and the units below it, by unit then name: what a sheet prints. */
async function cardsOfUnit(ctx: Ctx, unitId: number): Promise<{ unitName: string; cards: CardView[] }> {
  const actor = requireActor(ctx);
  const { rows: unit } = await ctx.pool.query<{ name: string; path: string }>(
    'SELECT name, path::text FROM org_units WHERE id = $1 AND path <@ $2::ltree[]',
    [unitId, scopeFor(actor, Permission.MemberRead)],
  );
  if (!unit[0]) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
  const { rows } = await ctx.pool.query<Omit<CardView, 'verifyUrl' | 'federationName'> & { unitId: number }>(
    `SELECT m.id::int AS "membershipId", m.card_number AS "cardNumber", to_char(m.card_issued_on, 'YYYY-MM-DD') AS "issuedOn",
            p.full_name AS "fullName", to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate", u.name AS "unitName",
            u.id AS "unitId"
       FROM persons p JOIN memberships m ON m.id = p.membership_id JOIN org_units u ON u.id = m.unit_id
      WHERE u.path <@ $1::ltree AND m.card_number IS NOT NULL AND m.status IN ('active', 'in_transit')
      ORDER BY u.path, p.full_name, m.id LIMIT $2`,
    [unit[0].path, MAX_SHEET_CARDS + 1],
  );
  if (rows.length > MAX_SHEET_CARDS) throw new AppError('CARD_SHEET_TOO_LARGE', { max: MAX_SHEET_CARDS });
  const federations = new Map<number, string>();
  const cards: CardView[] = [];
  for (const { unitId: memberUnit, ...row } of rows) {
    if (!federations.has(memberUnit)) federations.set(memberUnit, (await federationOf(ctx.pool, memberUnit)).name);
    cards.push({
      ...row,
      federationName: federations.get(memberUnit)!,
      verifyUrl: await verificationUrl(ctx.pool, ctx.config.publicUrl, row.cardNumber),
    });
  }
  return { unitName: unit[0].name, cards };
}

/**
 * A card sheet: A4 pages of 8 or 10 real-size cards with cut marks, for every carded member of a unit and its
 * sub-units. Audited with the number of cards printed.
 */
export async function cardSheetPdf(
  ctx: Ctx,
  unitId: number,
  layout: SheetLayout,
): Promise<{ fileName: string; body: Buffer }> {
  const { unitName, cards } = await cardsOfUnit(ctx, unitId);
  if (cards.length === 0) throw new AppError('NO_CARDS_TO_PRINT', { unitId });
  const grid = sheetOrigin(layout);
  const pages: Content[] = [];
  for (let start = 0; start < cards.length; start += layout) {
    const onPage = cards.slice(start, start + layout);
    const drawn: Content[] = [cutMarks(grid.left, grid.top, grid.cols, Math.ceil(onPage.length / grid.cols))];
    for (const [i, card] of onPage.entries()) {
      const x = grid.left + (i % grid.cols) * cardSize.width;
      const y = grid.top + Math.floor(i / grid.cols) * cardSize.height;
      drawn.push(...(await drawCard(card, x, y)));
    }
    pages.push({ stack: drawn, ...(start > 0 ? { pageBreak: 'before' as const } : {}) });
  }
  const body = await renderPdf({
    pageSize: { width: a4.width, height: a4.height },
    pageMargins: 0,
    info: { title: `Thẻ đoàn viên — ${unitName}` },
    content: pages,
  });
  await ctx.tx('member.card_sheet.export', (tx) =>
    auditEvent(tx, {
      action: 'member.card_sheet.export',
      entityType: 'org_units',
      entityId: unitId,
      data: { format: 'pdf', cards: cards.length, perPage: layout },
    }),
  );
  return { fileName: `the-doan-vien-${unitId}.pdf`, body };
}
