import { AppError, Permission, type HandoutDetail } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { nominationFor } from './welfare.queries';

export type HandoutPart = 'photo' | 'signature';
type Stored = { key: string; fileName: string };

/** A recorded hand-out as its form shows it, for officials whose scope covers the nominating unit. */
export async function getHandout(ctx: Ctx, id: number): Promise<HandoutDetail> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  const { rows } = await ctx.pool.query<HandoutDetail>(
    `SELECT h.nomination_id AS "nominationId", h.method, h.amount_vnd AS "amountVnd", h.handed_by AS "handedBy",
            h.place, to_char(h.handed_on, 'YYYY-MM-DD') AS "handedOn", h.event_id AS "eventId",
            h.funding_id AS "fundingId", h.voucher_code AS "voucherCode", h.note,
            h.photo_name AS "photoName", h.signature_name AS "signatureName"
       FROM welfare_handouts h JOIN welfare_nominations n ON n.id = h.nomination_id
       JOIN org_units u ON u.id = n.unit_id
      WHERE h.nomination_id = $1 AND u.path <@ $2::ltree[]`,
    [id, scopes],
  );
  if (!rows[0]) throw new AppError('WELFARE_HANDOUT_NOT_FOUND', { id });
  return rows[0];
}

/** Refuse an upload before receiving it when the official cannot change this hand-out. */
export async function assertHandoutWritable(ctx: Ctx, id: number): Promise<void> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareWrite);
  const { rows } = await ctx.pool.query(
    `SELECT 1 FROM welfare_handouts h JOIN welfare_nominations n ON n.id = h.nomination_id
       JOIN org_units u ON u.id = n.unit_id WHERE h.nomination_id = $1 AND u.path <@ $2::ltree[]`,
    [id, scopes],
  );
  if (!rows[0]) throw new AppError('WELFARE_HANDOUT_NOT_FOUND', { id });
}

/** Keep the photo of the hand-out or the image of the recipient's signature (replacing an earlier one). */
export async function setHandoutFile(ctx: Ctx, id: number, part: HandoutPart, file: Stored): Promise<void> {
  const actor = requireActor(ctx);
  await ctx.tx(`welfare_handout.${part}`, async (tx) => {
    await nominationFor(tx, id, scopeFor(actor, Permission.WelfareWrite));
    const { rowCount } = await tx.query(
      `UPDATE welfare_handouts SET ${part}_key = $2, ${part}_name = $3, updated_by = $4, updated_at = now()
        WHERE nomination_id = $1`,
      [id, file.key, file.fileName, actorUserId(actor)],
    );
    if (!rowCount) throw new AppError('WELFARE_HANDOUT_NOT_FOUND', { id });
  });
}

/** The stored photo or signature image, for officials whose scope covers the nominating unit. */
export async function handoutFile(ctx: Ctx, id: number, part: HandoutPart): Promise<Stored> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  const { rows } = await ctx.pool.query<{ key: string | null; fileName: string | null }>(
    `SELECT h.${part}_key AS key, h.${part}_name AS "fileName"
       FROM welfare_handouts h JOIN welfare_nominations n ON n.id = h.nomination_id
       JOIN org_units u ON u.id = n.unit_id
      WHERE h.nomination_id = $1 AND u.path <@ $2::ltree[]`,
    [id, scopes],
  );
  if (!rows[0]?.key || !rows[0].fileName) throw new AppError('FILE_NOT_FOUND');
  return { key: rows[0].key, fileName: rows[0].fileName };
}
