import { AppError, Permission, type CreateTermBody, type UpdateTermBody } from '@congdoan/domain';
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

/**
 * A term's dates, and each member's (which default to the term's), must not end before they start:
 * the tables' CHECKs would refuse them with a 500, and the person needs to know which line is wrong.
 */
function checkDates(input: CreateTermBody | UpdateTermBody) {
  if (input.endsOn && input.endsOn <= input.startsOn) throw new AppError('COMMITTEE_TERM_DATES', { field: 'endsOn' });
  input.members.forEach((m, i) => {
    const endsOn = m.endsOn ?? input.endsOn;
    if (endsOn && endsOn < (m.startsOn ?? input.startsOn))
      throw new AppError('COMMITTEE_MEMBER_DATES', { field: `members.${i}.endsOn`, name: m.fullName });
  });
}

export async function createTerm(ctx: Ctx, unitId: number, input: CreateTermBody): Promise<Term[]> {
  await getUnit(ctx, unitId, Permission.OrgWrite);
  checkDates(input);
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

/**
 * Correct a term: its label and dates, and its members as the form now lists them (kept and changed by
 * id, added without one, removed when left out). One transaction; each changed row is audited by its
 * trigger, so the history shows who changed which line from what to what.
 */
export async function updateTerm(ctx: Ctx, unitId: number, termId: number, input: UpdateTermBody): Promise<Term[]> {
  await getUnit(ctx, unitId, Permission.OrgWrite);
  checkDates(input);
  await ctx.tx('org_unit.committee_term_update', async (tx) => {
    // The term row locked first: two people saving the same term one after the other, not interleaved.
    const term = await tx.query('SELECT id FROM committee_terms WHERE id = $1 AND unit_id = $2 FOR UPDATE', [
      termId,
      unitId,
    ]);
    if (term.rowCount === 0) throw new AppError('COMMITTEE_TERM_NOT_FOUND', { id: termId });
    const existing = await tx.query<{ id: string }>('SELECT id FROM committee_members WHERE term_id = $1', [termId]);
    const known = new Set(existing.rows.map((r) => Number(r.id)));
    const kept = new Set<number>();
    input.members.forEach((m, i) => {
      if (m.id === undefined) return;
      // An id of another term (or twice in the list) is a client's mistake, never a silent move.
      if (!known.has(m.id) || kept.has(m.id)) throw new AppError('VALIDATION_FAILED', { field: `members.${i}.id` });
      kept.add(m.id);
    });
    await tx.query(
      `UPDATE committee_terms SET label = $2, starts_on = $3, ends_on = $4
        WHERE id = $1 AND (label, starts_on, ends_on) IS DISTINCT FROM ($2, $3::date, $4::date)`,
      [termId, input.label, input.startsOn, input.endsOn ?? null],
    );
    const removed = [...known].filter((id) => !kept.has(id));
    if (removed.length) await tx.query('DELETE FROM committee_members WHERE id = ANY($1::bigint[])', [removed]);
    for (const m of input.members) {
      const values = [m.fullName, m.position, m.startsOn ?? input.startsOn, m.endsOn ?? input.endsOn ?? null];
      if (m.id === undefined)
        await tx.query(
          `INSERT INTO committee_members (term_id, unit_id, full_name, position, starts_on, ends_on)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [termId, unitId, ...values],
        );
      // Only a line that changed is written (and so audited).
      else
        await tx.query(
          `UPDATE committee_members SET full_name = $2, position = $3, starts_on = $4, ends_on = $5
            WHERE id = $1 AND (full_name, position, starts_on, ends_on) IS DISTINCT FROM ($2, $3, $4::date, $5::date)`,
          [m.id, ...values],
        );
    }
  });
  return listCommittee(ctx, unitId);
}
