import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { defaultCardPattern, renderCardNumber } from './card-numbers';

type Scheme = { unitId: number; pattern: string; nextSeq: number; example: string };

/** A provincial federation (or central industry union / root) in the actor's scope, else UNIT_NOT_FOUND. */
async function federationInScope(ctx: Ctx, unitId: number, permission: Permission) {
  const { rows } = await ctx.pool.query<{ id: number; code: string }>(
    `SELECT id, code FROM org_units WHERE id = $1 AND path <@ $2::ltree[]
        AND (kind IN ('provincial_federation', 'central_industry_union') OR parent_id IS NULL)`,
    [unitId, scopeFor(requireActor(ctx), permission)],
  );
  if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
  return rows[0];
}

export async function getCardScheme(ctx: Ctx, unitId: number): Promise<Scheme> {
  const fed = await federationInScope(ctx, unitId, Permission.MemberRead);
  const { rows } = await ctx.pool.query<{ pattern: string; nextSeq: string }>(
    'SELECT pattern, next_seq AS "nextSeq" FROM card_schemes WHERE unit_id = $1',
    [fed.id],
  );
  const pattern = rows[0]?.pattern ?? defaultCardPattern;
  const nextSeq = Number(rows[0]?.nextSeq ?? 1);
  const example = renderCardNumber(pattern, { fed: fed.code, year: ctx.now().getFullYear(), seq: nextSeq });
  return { unitId: fed.id, pattern, nextSeq, example };
}

/** Change a federation's card numbering pattern; the sequence continues (numbers never repeat). */
export async function setCardScheme(ctx: Ctx, unitId: number, input: { pattern: string }): Promise<Scheme> {
  const fed = await federationInScope(ctx, unitId, Permission.MemberWrite);
  renderCardNumber(input.pattern, { fed: fed.code, year: 2000, seq: 1 }); // refuses a pattern without {SEQ:n}
  await ctx.tx('member.card_scheme', (tx) =>
    tx.query(
      `INSERT INTO card_schemes (unit_id, pattern) VALUES ($1, $2)
       ON CONFLICT (unit_id) DO UPDATE SET pattern = excluded.pattern, updated_at = now()`,
      [fed.id, input.pattern],
    ),
  );
  return getCardScheme(ctx, unitId);
}
