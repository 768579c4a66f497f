import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';

/** The shop's link stops working at once; what it redeemed stays recorded under its name. */
export async function revokeMerchant(ctx: Ctx, id: number): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_voucher_merchant.revoke', async (tx) => {
    const { rows } = await tx.query<{ id: number }>(
      `UPDATE welfare_voucher_merchants m SET revoked_at = coalesce(m.revoked_at, now()),
              revoked_by = coalesce(m.revoked_by, $3)
         FROM org_units u
        WHERE m.id = $1 AND u.id = m.unit_id AND u.path <@ $2::ltree[] RETURNING m.id`,
      [id, scopeFor(actor, Permission.WelfareWrite), actorUserId(actor)],
    );
    if (!rows[0]) throw new AppError('VOUCHER_MERCHANT_NOT_FOUND', { id });
    return { id };
  });
}
