import type { Pool } from 'pg';
import type { Indicator } from '../../declaration';

// The voucher figures of issue 17's indicators, read by welfareIndicators (../indicators.ts) with the others.

export const voucherIndicatorList: readonly Indicator[] = [
  { key: 'welfare.vouchers_issued', vi: 'Phiếu mua hàng Chợ Tết đã phát hành', en: 'Vouchers issued', unit: 'count' },
  { key: 'welfare.vouchers_redeemed', vi: 'Phiếu mua hàng Chợ Tết đã sử dụng', en: 'Vouchers redeemed', unit: 'count' },
  {
    key: 'welfare.vouchers_redeemed_vnd',
    vi: 'Giá trị phiếu mua hàng đã sử dụng',
    en: 'Value of vouchers redeemed',
    unit: 'vnd',
  },
];

/**
 * For a unit's subtree and a period (Vietnam calendar days): codes issued in it, codes redeemed in it and their
 * value, counted where the nominating unit sits today. Scope is checked by the caller (welfareIndicators).
 */
export async function voucherIndicators(
  pool: Pick<Pool, 'query'>,
  unitId: number,
  period: { from: string; to: string },
): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ issued: number; redeemed: number; vnd: number }>(
    `WITH v AS (SELECT v.* FROM welfare_vouchers v JOIN org_units u ON u.id = v.unit_id, org_units top
                 WHERE top.id = $1 AND u.path <@ top.path),
          d AS (SELECT (issued_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS issued_on,
                       (redeemed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS redeemed_on, value_vnd FROM v)
     SELECT count(*) FILTER (WHERE issued_on BETWEEN $2 AND $3)::int AS issued,
            count(*) FILTER (WHERE redeemed_on BETWEEN $2 AND $3)::int AS redeemed,
            coalesce(sum(value_vnd) FILTER (WHERE redeemed_on BETWEEN $2 AND $3), 0)::bigint AS vnd
       FROM d`,
    [unitId, period.from, period.to],
  );
  const r = rows[0]!;
  return {
    'welfare.vouchers_issued': r.issued,
    'welfare.vouchers_redeemed': r.redeemed,
    'welfare.vouchers_redeemed_vnd': r.vnd,
  };
}
