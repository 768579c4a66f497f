import {
  AppError,
  formatDateTimeVN,
  formatDateVN,
  isValidVoucherCode,
  normaliseVoucherCode,
  type Redemption,
  type VoucherShop,
} from '@congdoan/domain';
import type { Ctx } from '../../../context/context';
import { shopByToken, shopTokenHash } from './vouchers.queries';

/** The shop's page asks this first: which shop and programme the link stands for (nothing else). */
export async function shopInfo(ctx: Ctx, token: string): Promise<VoucherShop> {
  const shop = await shopByToken(ctx.pool, token);
  return { shopName: shop.name, programmeName: shop.programmeName, ownerName: shop.ownerName };
}

/** The phone as typed → its digits: a whole number (0…, or +84…) or at least its last 4 digits. */
function phoneDigits(input: string): string {
  let digits = input.replace(/[\s.\-()]/g, '');
  if (/^\+?84\d{9}$/.test(digits)) digits = '0' + digits.slice(digits.length - 9);
  if (!/^\d{4,10}$/.test(digits)) throw new AppError('VOUCHER_PHONE_INVALID');
  return digits;
}

/**
 * A shop redeems a code once. One UPDATE … WHERE redeemed_at IS NULL … RETURNING decides: of any number of
 * concurrent attempts on a code, the first to take the row lock commits and the others re-check the row after it
 * and find it redeemed. Only then is the refusal explained (in the same transaction, nothing written).
 * Validity is read in Vietnam's calendar.
 */
export async function redeemVoucher(
  ctx: Ctx,
  token: string,
  input: { code: string; phone: string },
): Promise<Redemption> {
  const code = normaliseVoucherCode(input.code);
  if (!isValidVoucherCode(code)) throw new AppError('VOUCHER_CODE_INVALID');
  const digits = phoneDigits(input.phone);
  const today = `(now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
  return ctx.tx('welfare_voucher.redeem', async (tx) => {
    // The shop's link is resolved in the same statement: one round trip decides the common case.
    const { rows } = await tx.query<{ valueVnd: number; fullName: string; phone: string; redeemedAt: Date }>(
      `UPDATE welfare_vouchers v SET redeemed_at = now(), redeemed_by_merchant_id = m.id
         FROM welfare_voucher_merchants m, welfare_nominations n
        WHERE m.token_hash = $2 AND m.revoked_at IS NULL AND v.programme_id = m.programme_id
          AND v.code = $1 AND v.redeemed_at IS NULL AND right(v.phone, length($3)) = $3
          AND ${today} BETWEEN v.valid_from AND v.valid_to AND n.id = v.nomination_id
        RETURNING v.value_vnd AS "valueVnd", n.full_name AS "fullName", v.phone, v.redeemed_at AS "redeemedAt"`,
      [code, shopTokenHash(token), digits],
    );
    const done = rows[0];
    if (done) {
      return {
        code,
        valueVnd: done.valueVnd,
        fullName: done.fullName,
        phoneMasked: '*******' + done.phone.slice(-3),
        redeemedAt: done.redeemedAt.toISOString(),
      };
    }
    const shop = await shopByToken(tx, token);
    const { rows: found } = await tx.query<{
      phone: string;
      redeemedAt: Date | null;
      validFrom: string;
      validTo: string;
      today: string;
    }>(
      `SELECT phone, redeemed_at AS "redeemedAt", valid_from AS "validFrom", valid_to AS "validTo",
              ${today}::text AS today
         FROM welfare_vouchers WHERE code = $1 AND programme_id = $2`,
      [code, shop.programmeId],
    );
    const v = found[0];
    if (!v) throw new AppError('VOUCHER_NOT_FOUND');
    // The phone first: without it nobody learns whether or when the code was used.
    if (!v.phone.endsWith(digits)) throw new AppError('VOUCHER_WRONG_PHONE');
    if (v.redeemedAt) throw new AppError('VOUCHER_ALREADY_REDEEMED', { redeemedAt: formatDateTimeVN(v.redeemedAt) });
    if (v.today < v.validFrom) throw new AppError('VOUCHER_NOT_YET_VALID', { validFrom: formatDateVN(v.validFrom) });
    throw new AppError('VOUCHER_EXPIRED', { validTo: formatDateVN(v.validTo) });
  });
}
