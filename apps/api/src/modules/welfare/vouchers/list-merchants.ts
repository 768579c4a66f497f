import { Permission, type MerchantRow } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { sqlIso } from '../../../kit/dates';
import { programmeFor } from '../welfare.queries';

/** The programme's shops registered by units in the official's scope, with what each redeemed. */
export async function listMerchants(ctx: Ctx, programmeId: number): Promise<{ items: MerchantRow[] }> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  await programmeFor(ctx.pool, programmeId, scopes);
  const { rows } = await ctx.pool.query<MerchantRow>(
    `SELECT m.id, m.name, u.name AS "unitName", ${sqlIso('m.created_at')} AS "createdAt",
            ${sqlIso('m.revoked_at')} AS "revokedAt",
            (SELECT count(*) FROM welfare_vouchers v WHERE v.redeemed_by_merchant_id = m.id)::int AS redeemed,
            (SELECT coalesce(sum(v.value_vnd), 0) FROM welfare_vouchers v
              WHERE v.redeemed_by_merchant_id = m.id)::bigint AS "redeemedVnd"
       FROM welfare_voucher_merchants m JOIN org_units u ON u.id = m.unit_id
      WHERE m.programme_id = $1 AND u.path <@ $2::ltree[]
      ORDER BY m.revoked_at IS NOT NULL, m.name, m.id`,
    [programmeId, scopes],
  );
  return { items: rows };
}
