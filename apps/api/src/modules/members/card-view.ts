import { AppError, Permission, type CardView } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { sqlPartialDate } from '../../kit/dates';
import { federationOf } from './card-numbers';
import { verificationUrl, verifySignature } from './card-signing';

/** What the printable card shows, with its signed verification URL. */
export async function getCard(ctx: Ctx, personId: number): Promise<CardView> {
  const { rows } = await ctx.pool.query<Omit<CardView, 'verifyUrl' | 'federationName'> & { unitId: number }>(
    `SELECT m.id::int AS "membershipId", m.card_number AS "cardNumber", to_char(m.card_issued_on, 'YYYY-MM-DD') AS "issuedOn",
            p.full_name AS "fullName", ${sqlPartialDate('p.birth_date', 'p.birth_date_precision')} AS "birthDate", u.name AS "unitName",
            u.id AS "unitId"
       FROM persons p JOIN memberships m ON m.id = p.membership_id JOIN org_units u ON u.id = m.unit_id
      WHERE p.id = $1 AND u.path <@ $2::ltree[] AND m.card_number IS NOT NULL AND m.status IN ('active', 'in_transit')`,
    [personId, scopeFor(requireActor(ctx), Permission.MemberRead)],
  );
  const card = rows[0];
  if (!card) throw new AppError('MEMBER_NOT_FOUND', { id: personId });
  const { unitId, ...rest } = card;
  return {
    ...rest,
    federationName: (await federationOf(ctx.pool, unitId)).name,
    verifyUrl: await verificationUrl(ctx.pool, ctx.config.publicUrl, card.cardNumber),
  };
}

/** Public check of a scanned card: only name, unit and validity, and only with a valid signature. */
export async function verifyCard(
  ctx: Ctx,
  query: { so: string; ky: string },
): Promise<{ valid: boolean; fullName: string | null; unitName: string | null }> {
  const invalid = { valid: false, fullName: null, unitName: null };
  if (!(await verifySignature(ctx.pool, query.so, query.ky))) return invalid;
  const { rows } = await ctx.pool.query<{ fullName: string; unitName: string; status: string }>(
    `SELECT p.full_name AS "fullName", u.name AS "unitName", m.status
       FROM member_cards c JOIN memberships m ON m.id = c.membership_id JOIN persons p ON p.id = m.person_id
       JOIN memberships cur ON cur.id = p.membership_id JOIN org_units u ON u.id = cur.unit_id
      WHERE c.card_number = $1`,
    [query.so],
  );
  const row = rows[0];
  if (!row) return invalid;
  // valid while the person's current membership still carries this card number
  const { rows: current } = await ctx.pool.query(
    `SELECT 1 FROM member_cards c JOIN memberships m ON m.id = c.membership_id JOIN persons p ON p.id = m.person_id
       JOIN memberships cur ON cur.id = p.membership_id
      WHERE c.card_number = $1 AND cur.card_number = $1 AND cur.status IN ('active', 'in_transit')
        AND c.replaced_on IS NULL`,
    [query.so],
  );
  return { valid: current.length > 0, fullName: row.fullName, unitName: row.unitName };
}
