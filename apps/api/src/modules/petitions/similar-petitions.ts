import { Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { findPetition, selectPetitions } from './petitions.queries';

const norm = (p: string) => `immutable_unaccent(lower(${p}.title || ' ' || ${p}.content))`;

/**
 * Petitions like this one that could be merged with it: not merged yet, handled in the actor's write
 * scope, ranked by trigram similarity of the normalised text, with the same topic as a bonus.
 */
export async function similarPetitions(ctx: Ctx, id: number) {
  const actor = requireActor(ctx);
  await findPetition(ctx.pool, actor, id, 'write');
  const rows = await selectPetitions(
    ctx.pool,
    `p.id IN (SELECT p2.id FROM petitions p2 JOIN petitions s ON s.id = $1 JOIN org_units h2 ON h2.id = p2.unit_id
               WHERE p2.id <> s.id AND NOT p2.is_consolidated AND p2.consolidated_into_id IS NULL
                 AND h2.path <@ $2::ltree[]
                 AND (p2.topic_id = s.topic_id OR similarity(${norm('p2')}, ${norm('s')}) > 0.15))`,
    [id, scopeFor(actor, Permission.PetitionWrite)],
    '',
  );
  const { rows: scores } = await ctx.pool.query<{ id: number; score: number; sameTopic: boolean }>(
    `SELECT p.id, similarity(${norm('p')}, ${norm('s')})::float AS score, p.topic_id = s.topic_id AS "sameTopic"
       FROM petitions p JOIN petitions s ON s.id = $1 WHERE p.id = ANY($2::bigint[])`,
    [id, rows.map((r) => r.id)],
  );
  const byId = new Map(scores.map((s) => [s.id, s]));
  const items = rows
    .map((r) => ({
      ...r,
      score: Math.round((byId.get(r.id)?.score ?? 0) * 100) / 100,
      sameTopic: byId.get(r.id)?.sameTopic ?? false,
    }))
    .sort((a, b) => b.score + (b.sameTopic ? 0.2 : 0) - (a.score + (a.sameTopic ? 0.2 : 0)))
    .slice(0, 30);
  return { items };
}
