import { todayVN } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import type { Issuer } from './document';
import { fullUnitName, issuerAbbreviation, placeOf, type UnitNaming } from './issuer';
import type { Signature } from './signature';

/**
 * The issuing unit of a document and who signs it on `date` (yyyy-mm-dd).
 *
 * The signer is the unit's chair on that date from its executive-committee terms (committee_members,
 * position 'chair'), signing "TM. BAN THƯỜNG VỤ / CHỦ TỊCH". A unit with no chair recorded gets the exporting
 * official's full name under the same lines: the .docx is a draft the office edits before it is signed.
 */
export async function documentIssuer(
  ctx: Ctx,
  unitId: number,
  date: string = todayVN(ctx.now()),
): Promise<{ issuer: Issuer; signature: Signature }> {
  const { rows } = await ctx.pool.query<
    UnitNaming & { parentName: string | null; province: string | null; chair: string | null }
  >(
    `SELECT u.name, u.short_name AS "shortName", u.kind, u.subkind,
            (SELECT p.name FROM org_units p WHERE p.id = u.parent_id) AS "parentName",
            (SELECT p.name FROM org_units p WHERE p.path @> u.path AND p.kind = 'provincial_federation' LIMIT 1)
              AS province,
            (SELECT m.full_name FROM committee_members m
              WHERE m.unit_id = u.id AND m.position = 'chair' AND m.starts_on <= $2::date
                AND (m.ends_on IS NULL OR m.ends_on >= $2::date)
              ORDER BY m.starts_on DESC, m.id DESC LIMIT 1) AS chair
       FROM org_units u WHERE u.id = $1`,
    [unitId, date],
  );
  const u = rows[0];
  if (!u) throw new Error(`documentIssuer: no unit ${unitId}`);
  return {
    issuer: {
      name: fullUnitName(u.name),
      parentName: u.parentName ? fullUnitName(u.parentName) : null,
      abbreviation: issuerAbbreviation(u),
      // where the unit sits when its name says so (a commune union), else its province; central bodies: Hà Nội
      place: placeOf(u.name) ?? (u.province ? placeOf(u.province) : null) ?? 'Hà Nội',
    },
    signature: {
      authority: 'TM. BAN THƯỜNG VỤ',
      title: 'CHỦ TỊCH',
      name: u.chair ?? ctx.actor?.displayName ?? '',
    },
  };
}
