import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';

/** The managed taxonomy of petition topics (the same for the whole confederation). */
export async function listTopics(ctx: Ctx) {
  const { rows } = await ctx.pool.query('SELECT id, code, name, active FROM petition_topics ORDER BY sort, id');
  return { items: rows as { id: number; code: string; name: string; active: boolean }[] };
}

/** Add a topic (system administrators: the taxonomy is shared by every federation). */
export async function createTopic(ctx: Ctx, input: { code: string; name: string }) {
  // only the confederation level manages the shared taxonomy (a root path has no dot)
  if (!scopeFor(requireActor(ctx), Permission.PetitionWrite).some((s) => !s.includes('.')))
    throw new AppError('FORBIDDEN');
  return ctx.tx('petition_topic.create', async (tx) => {
    const { rows } = await tx.query<{ id: number; code: string; name: string; active: boolean }>(
      `INSERT INTO petition_topics (code, name, sort) VALUES ($1, $2, (SELECT coalesce(max(sort), 0) + 1 FROM petition_topics))
       ON CONFLICT (code) DO NOTHING RETURNING id, code, name, active`,
      [input.code, input.name],
    );
    if (!rows[0]) throw new AppError('VALIDATION_FAILED', { field: 'code' });
    return rows[0];
  });
}
