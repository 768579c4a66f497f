import { AppError, Permission, type CreateTermBody } from '@congdoan/domain';
import type { z } from 'zod';
import type { committeeTerm } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { getUnit } from './get-unit';

type Term = z.infer<typeof committeeTerm>;

/** Executive-committee terms of a unit, newest first, with who held which position when. */
export async function listCommittee(ctx: Ctx, unitId: number): Promise<Term[]> {
  await getUnit(ctx, unitId);
  const { rows } = await ctx.pool.query<Term>(
    `SELECT t.id::int, t.label, to_char(t.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(t.ends_on, 'YYYY-MM-DD') AS "endsOn",
            coalesce((SELECT jsonb_agg(jsonb_build_object('id', m.id, 'fullName', m.full_name, 'position', m.position,
                        'startsOn', to_char(m.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(m.ends_on, 'YYYY-MM-DD'))
                        ORDER BY array_position(ARRAY['chair','vice_chair','standing_member','member'], m.position), m.id)
                        FROM committee_members m WHERE m.term_id = t.id), '[]') AS members
       FROM committee_terms t WHERE t.unit_id = $1 ORDER BY t.starts_on DESC`,
    [unitId],
  );
  return rows;
}

export async function createTerm(ctx: Ctx, unitId: number, input: CreateTermBody): Promise<Term[]> {
  await getUnit(ctx, unitId, Permission.OrgWrite);
  if (input.endsOn && input.endsOn <= input.startsOn) throw new AppError('VALIDATION_FAILED', { field: 'endsOn' });
  // A member's dates default to the term's; either way they must not end before they start (a CHECK, else a 500).
  input.members.forEach((m, i) => {
    const endsOn = m.endsOn ?? input.endsOn;
    if (endsOn && endsOn < (m.startsOn ?? input.startsOn))
      throw new AppError('VALIDATION_FAILED', { field: `members.${i}.endsOn` });
  });
  await ctx.tx('org_unit.committee_term', async (tx) => {
    const { rows } = await tx.query<{ id: number }>(
      'INSERT INTO committee_terms (unit_id, label, starts_on, ends_on) VALUES ($1, $2, $3, $4) RETURNING id',
      [unitId, input.label, input.startsOn, input.endsOn ?? null],
    );
    for (const m of input.members)
      await tx.query(
        'INSERT INTO committee_members (term_id, unit_id, full_name, position, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6)',
        [rows[0]!.id, unitId, m.fullName, m.position, m.startsOn ?? input.startsOn, m.endsOn ?? input.endsOn ?? null],
      );
  });
  return listCommittee(ctx, unitId);
}
