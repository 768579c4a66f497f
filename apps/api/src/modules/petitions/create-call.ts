import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

/** Open a call for petitions from a unit to chosen units below it, with a deadline. */
export async function createCall(
  ctx: Ctx,
  input: {
    unitId: number;
    title: string;
    description?: string | null | undefined;
    deadline: string;
    targetUnitIds: number[];
    dialogueId?: number | null | undefined;
  },
): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.PetitionWrite);
  return ctx.tx('petition_call.create', async (tx) => {
    const { rows: unit } = await tx.query<{ path: string }>(
      'SELECT path::text AS path FROM org_units WHERE id = $1 AND path <@ $2::ltree[]',
      [input.unitId, scopes],
    );
    if (!unit[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId });
    const targets = [...new Set(input.targetUnitIds)];
    const { rows: below } = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM org_units WHERE id = ANY($1::bigint[]) AND path <@ $2::ltree AND id <> $3`,
      [targets, unit[0].path, input.unitId],
    );
    if (below[0]!.n !== targets.length) throw new AppError('CALL_TARGETS_OUTSIDE');
    if (input.dialogueId) {
      const { rows: d } = await tx.query(
        `SELECT 1 FROM dialogues d JOIN org_units u ON u.id = d.unit_id WHERE d.id = $1 AND u.path <@ $2::ltree[]`,
        [input.dialogueId, scopes],
      );
      if (!d[0]) throw new AppError('DIALOGUE_NOT_FOUND', { id: input.dialogueId });
    }
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO petition_calls (unit_id, title, description, deadline, dialogue_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        input.unitId,
        input.title,
        input.description ?? null,
        input.deadline,
        input.dialogueId ?? null,
        actorUserId(actor),
      ],
    );
    const id = rows[0]!.id;
    await tx.query('INSERT INTO petition_call_targets (call_id, unit_id) SELECT $1, unnest($2::bigint[]) ORDER BY 2', [
      id,
      targets,
    ]);
    return { id };
  });
}
