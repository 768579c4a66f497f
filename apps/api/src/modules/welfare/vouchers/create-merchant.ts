import { randomBytes } from 'node:crypto';
import { AppError, Permission, type merchantBody } from '@congdoan/domain';
import type { z } from 'zod';
import { actorUserId, scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { programmeFor } from '../welfare.queries';
import { shopTokenHash } from './vouchers.queries';

/**
 * Register a shop (or a market stall, a redemption desk) for one programme and hand it a link. Shops are not
 * union officials: the link's token is their only credential, shown once, revocable. It belongs to the highest
 * unit of the programme's quota tree the official may write for (the owner, or a province that got a quota).
 */
export async function createMerchant(
  ctx: Ctx,
  programmeId: number,
  input: z.output<typeof merchantBody>,
): Promise<{ id: number; token: string }> {
  const actor = requireActor(ctx);
  const token = randomBytes(32).toString('base64url');
  return ctx.tx('welfare_voucher_merchant.create', async (tx) => {
    const p = await programmeFor(tx, programmeId, scopeFor(actor, Permission.WelfareRead));
    if (p.kind !== 'tet_market_voucher') throw new AppError('VOUCHER_PROGRAMME_KIND');
    const { rows: unit } = await tx.query<{ id: number }>(
      `SELECT q.unit_id AS id FROM welfare_quotas q JOIN org_units u ON u.id = q.unit_id
        WHERE q.programme_id = $1 AND u.path <@ $2::ltree[] ORDER BY nlevel(u.path), u.id LIMIT 1`,
      [programmeId, scopeFor(actor, Permission.WelfareWrite)],
    );
    if (!unit[0]) throw new AppError('WELFARE_NO_QUOTA');
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO welfare_voucher_merchants (programme_id, unit_id, name, token_hash, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [programmeId, unit[0].id, input.name, shopTokenHash(token), actorUserId(actor)],
    );
    return { id: rows[0]!.id, token };
  });
}
