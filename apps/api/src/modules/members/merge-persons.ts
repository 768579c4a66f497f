import { AppError, Permission } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { personInScope } from './members.queries';

// Fields of the kept person filled from the merged one when empty (undone on unmerge).
const fillable = [
  'cccd',
  'old_id_number',
  'phone',
  'email',
  'birth_date',
  'gender',
  'ethnicity',
  'occupation',
  'employer',
] as const;
/** A birth date moves with its precision; emptied again, the precision goes back to the column default. */
const setFrom = (f: string) =>
  f === 'birth_date' ? 'birth_date = m.birth_date, birth_date_precision = m.birth_date_precision' : `${f} = m.${f}`;
const setEmpty = (f: string) =>
  f === 'birth_date' ? "birth_date = NULL, birth_date_precision = 'day'" : `${f} = NULL`;

/**
 * Merge two records of one person: `keepId` stays, `mergeId`'s memberships and transfers move to
 * it, empty fields are filled from it, and it is marked merged. Reversible by `unmergePersons`.
 */
export async function mergePersons(
  ctx: Ctx,
  input: { keepId: number; mergeId: number; reason?: string | null | undefined },
): Promise<{ mergeId: number; keptId: number; mergedId: number }> {
  const actor = requireActor(ctx);
  if (input.keepId === input.mergeId) throw new AppError('MERGE_NOT_POSSIBLE', { reason: 'same record' });
  return ctx.tx('member.merge', async (tx) => {
    // lock both in id order so two merges of the same pair cannot deadlock
    const [first, second] = [input.keepId, input.mergeId].sort((a, b) => a - b);
    await personInScope(tx, actor, Permission.MemberWrite, first!, true);
    await personInScope(tx, actor, Permission.MemberWrite, second!, true);
    const { rows: open } = await tx.query<{ n: number }>(
      `SELECT count(DISTINCT person_id)::int AS n FROM memberships
        WHERE person_id = ANY($1::bigint[]) AND status IN ('active', 'in_transit')`,
      [[input.keepId, input.mergeId]],
    );
    if (open[0]!.n > 1) throw new AppError('MERGE_NOT_POSSIBLE', { reason: 'both hold a membership' });
    const { rows: snap } = await tx.query<{ merged: Record<string, unknown>; kept: Record<string, unknown> }>(
      `SELECT (SELECT to_jsonb(p) FROM persons p WHERE id = $2) AS merged,
              (SELECT to_jsonb(p) FROM persons p WHERE id = $1) AS kept`,
      [input.keepId, input.mergeId],
    );
    const { merged, kept } = snap[0]!;
    const filled = fillable.filter((f) => kept[f] == null && merged[f] != null);
    const { rows: moved } = await tx.query<{ id: number }>(
      'UPDATE memberships SET person_id = $1, updated_at = now() WHERE person_id = $2 RETURNING id',
      [input.keepId, input.mergeId],
    );
    await tx.query('UPDATE member_transfers SET person_id = $1 WHERE person_id = $2', [input.keepId, input.mergeId]);
    await tx.query('UPDATE persons SET merged_into_id = $2, cccd = NULL, updated_at = now() WHERE id = $1', [
      input.mergeId,
      input.keepId,
    ]);
    if (filled.length > 0) {
      const sets = filled.map(setFrom).join(', ');
      await tx.query(`UPDATE persons k SET ${sets}, updated_at = now() FROM persons m WHERE k.id = $1 AND m.id = $2`, [
        input.keepId,
        input.mergeId,
      ]);
      // the merged record's CCCD was cleared above; take it from the snapshot
      if (filled.includes('cccd'))
        await tx.query('UPDATE persons SET cccd = $2 WHERE id = $1', [input.keepId, merged.cccd]);
    }
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO person_merges (unit_id, kept_person_id, merged_person_id, moved_membership_ids, snapshot, reason, merged_by)
       SELECT unit_id, $1, $2, $3, $4, $5, $6 FROM persons WHERE id = $1 RETURNING id`,
      [
        input.keepId,
        input.mergeId,
        moved.map((m) => m.id),
        JSON.stringify({ mergedCccd: merged.cccd ?? null, filled }),
        input.reason ?? null,
        actorUserId(actor),
      ],
    );
    return { mergeId: rows[0]!.id, keptId: input.keepId, mergedId: input.mergeId };
  });
}

/** Undo a merge by a later, dated operation: memberships move back, filled fields are emptied again. */
export async function unmergePersons(
  ctx: Ctx,
  mergeId: number,
): Promise<{ mergeId: number; keptId: number; mergedId: number }> {
  const actor = requireActor(ctx);
  return ctx.tx('member.unmerge', async (tx) => {
    const { rows } = await tx.query<{
      keptId: number;
      mergedId: number;
      moved: number[];
      snapshot: { mergedCccd: string | null; filled: string[] };
    }>(
      `SELECT kept_person_id AS "keptId", merged_person_id AS "mergedId", moved_membership_ids AS moved, snapshot
         FROM person_merges WHERE id = $1 AND undone_at IS NULL FOR UPDATE`,
      [mergeId],
    );
    const m = rows[0];
    if (!m) throw new AppError('MERGE_NOT_FOUND', { id: mergeId });
    await personInScope(tx, actor, Permission.MemberWrite, m.keptId, true);
    const filled = m.snapshot.filled.filter((f) => (fillable as readonly string[]).includes(f));
    if (filled.length > 0)
      await tx.query(`UPDATE persons SET ${filled.map(setEmpty).join(', ')} WHERE id = $1`, [m.keptId]);
    await tx.query('UPDATE persons SET merged_into_id = NULL, cccd = $2, updated_at = now() WHERE id = $1', [
      m.mergedId,
      m.snapshot.mergedCccd,
    ]);
    await tx.query('UPDATE memberships SET person_id = $1, updated_at = now() WHERE id = ANY($2::bigint[])', [
      m.mergedId,
      m.moved,
    ]);
    await tx.query('UPDATE member_transfers SET person_id = $1 WHERE membership_id = ANY($2::bigint[])', [
      m.mergedId,
      m.moved,
    ]);
    await tx.query('UPDATE person_merges SET undone_at = now(), undone_by = $2 WHERE id = $1', [
      mergeId,
      actorUserId(actor),
    ]);
    return { mergeId, keptId: m.keptId, mergedId: m.mergedId };
  });
}
