import { AppError, Permission, todayVN, type PersonBenefits } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

/**
 * What one person got or was put forward for this year and last, from every programme of every unit
 * (matched by registry id or CCCD), so an official sees it beside a nominee. Refused ones are left out.
 * The person must be in the official's scope; the programmes need not be.
 */
export async function personBenefits(ctx: Ctx, personId: number): Promise<PersonBenefits> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  const { rows: person } = await ctx.pool.query<{ cccd: string | null }>(
    `SELECT pe.cccd FROM persons pe JOIN org_units u ON u.id = pe.unit_id
      WHERE pe.id = $1 AND u.path <@ $2::ltree[]`,
    [personId, scopes],
  );
  if (!person[0]) throw new AppError('PERSON_NOT_FOUND', { id: personId });
  const year = Number(todayVN(ctx.now()).slice(0, 4));
  const { rows } = await ctx.pool.query<PersonBenefits['items'][number]>(
    `SELECT n.id AS "nominationId", p.id AS "programmeId", p.name AS "programmeName", p.kind, p.year,
            u.name AS "unitName", coalesce(h.amount_vnd, n.amount_vnd) AS "amountVnd", n.status
       FROM welfare_nominations n JOIN welfare_programmes p ON p.id = n.programme_id
       JOIN org_units u ON u.id = p.unit_id LEFT JOIN welfare_handouts h ON h.nomination_id = n.id
      WHERE (n.person_id = $1 OR n.cccd = $2) AND p.year IN ($3, $3 - 1) AND n.status <> 'refused'
      ORDER BY p.year DESC, p.nomination_from DESC, n.id`,
    [personId, person[0].cccd, year],
  );
  return { items: rows };
}
