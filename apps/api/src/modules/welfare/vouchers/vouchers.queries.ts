// SQL shared by the Tết Market voucher use cases.
import { createHash, randomBytes } from 'node:crypto';
import { AppError, voucherCodeFromBytes } from '@congdoan/domain';
import type { Tx } from '../../../db/tx';

type Q = Pick<Tx, 'query'>;

/** Shop links carry 32 random bytes; only their SHA-256 is stored (no slow hash needed for that much entropy). */
export const shopTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new code from the operating system's random source (see domain voucher-code.ts for its shape). */
export function newVoucherCode(): string {
  for (;;) {
    const code = voucherCodeFromBytes(randomBytes(16));
    if (code) return code;
  }
}

/** A usable mobile number as stored (10 digits, leading 0): the beneficiary's own on the nomination, else the registry's. */
export const beneficiaryPhoneSql = `coalesce(n.phone, pe.phone)`;
export const PHONE_RE_SQL = `'^0[0-9]{9}$'`;

/** The province a unit reports under: its depth-1 ancestor (itself for the confederation). */
export const provinceIdSql = (unitAlias: string) => `coalesce(org_top_id(${unitAlias}.path), ${unitAlias}.id)`;

export type Shop = { id: number; programmeId: number; name: string; programmeName: string; ownerName: string };

/** The shop behind a redemption link, if the link is live; else VOUCHER_SHOP_NOT_FOUND. */
export async function shopByToken(q: Q, token: string): Promise<Shop> {
  const { rows } = await q.query<Shop>(
    `SELECT m.id, m.programme_id AS "programmeId", m.name, p.name AS "programmeName", ou.name AS "ownerName"
       FROM welfare_voucher_merchants m JOIN welfare_programmes p ON p.id = m.programme_id
       JOIN org_units ou ON ou.id = p.unit_id
      WHERE m.token_hash = $1 AND m.revoked_at IS NULL`,
    [shopTokenHash(token)],
  );
  if (!rows[0]) throw new AppError('VOUCHER_SHOP_NOT_FOUND');
  return rows[0];
}
