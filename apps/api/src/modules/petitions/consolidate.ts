import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, pathInScope, scopeFor, type Actor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { roleHas } from '../permission-table';
import { addEvent, assertTopic, setStatus, unitPathIn } from './petitions.queries';

/**
 * Merge similar petitions into one consolidated petition owned by the union that consolidates them:
 * `unitId`, or by default the actor's own union above all the originals. The owner must be above every
 * original (merging two communes' petitions at one grassroots union would hide them from the other and
 * send an escalation to the wrong level). Every original must be handled inside the actor's write scope
 * (otherwise 404: what one cannot see cannot be merged) and not be merged already. The originals stay
 * linked; affected workers add up.
 */
export async function consolidate(
  ctx: Ctx,
  input: {
    unitId?: number | undefined;
    title: string;
    content: string;
    topicId: number;
    addresseeKind: string;
    addresseeName: string;
    petitionIds: number[];
  },
): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  const ids = [...new Set(input.petitionIds)];
  if (ids.length < 2) throw new AppError('CONSOLIDATION_TOO_FEW');
  const chosen = input.unitId ? await unitPathIn(ctx, actor, input.unitId, Permission.PetitionWrite) : null;
  return ctx.tx('petition.consolidate', async (tx) => {
    await assertTopic(tx, input.topicId);
    const { rows } = await tx.query<{
      id: number;
      into: string | null;
      consolidated: boolean;
      affected: number;
      path: string;
    }>(
      `SELECT p.id, c.title AS into, p.is_consolidated AS consolidated, p.affected_workers AS affected,
              hu.path::text AS path
         FROM petitions p JOIN org_units hu ON hu.id = p.unit_id LEFT JOIN petitions c ON c.id = p.consolidated_into_id
        WHERE p.id = ANY($1::bigint[]) AND hu.path <@ $2::ltree[] FOR UPDATE OF p`,
      [ids, scopeFor(actor, Permission.PetitionWrite)],
    );
    const missing = ids.find((id) => !rows.some((r) => r.id === id));
    if (missing) throw new AppError('PETITION_NOT_FOUND', { id: missing });
    const merged = rows.find((r) => r.into);
    if (merged) throw new AppError('PETITION_ALREADY_CONSOLIDATED', { id: merged.id, title: merged.into });
    if (rows.some((r) => r.consolidated)) throw new AppError('VALIDATION_FAILED', { field: 'petitionIds' });
    const ownerId = owningUnit(
      actor,
      chosen && { id: input.unitId!, ...chosen },
      rows.map((r) => r.path),
    );
    const affected = rows.reduce((sum, r) => sum + r.affected, 0);
    const { rows: created } = await tx.query<{ id: number }>(
      `INSERT INTO petitions (unit_id, origin_unit_id, title, content, topic_id, raised_by, addressee_kind, addressee_name,
         affected_workers, status, is_consolidated, created_by)
       VALUES ($1, $1, $2, $3, $4, 'staff', $5, $6, $7, 'consolidated', true, $8) RETURNING id`,
      [
        ownerId,
        input.title,
        input.content,
        input.topicId,
        input.addresseeKind,
        input.addresseeName,
        affected,
        actorUserId(actor),
      ],
    );
    const id = created[0]!.id;
    await addEvent(tx, actor, { petitionId: id, kind: 'created', toStatus: 'consolidated', note: `${ids.length}` });
    await tx.query('UPDATE petitions SET consolidated_into_id = $1 WHERE id = ANY($2::bigint[])', [id, ids]);
    await setStatus(tx, actor, ids, 'consolidated', 'consolidated', `#${id}`);
    return { id };
  });
}

/** The chosen unit if it is above every original, else the actor's closest own union that is. */
function owningUnit(actor: Actor, chosen: { id: number; path: string; name: string } | null, paths: string[]): number {
  if (chosen) {
    if (paths.every((p) => pathInScope(p, [chosen.path]))) return chosen.id;
    throw new AppError('CONSOLIDATION_UNIT_NOT_ABOVE', { unit: chosen.name });
  }
  const own = actor.grants
    .filter((g) => roleHas(g.role, Permission.PetitionWrite))
    .filter((g) => paths.every((p) => pathInScope(p, [g.unitPath])))
    .sort((a, b) => b.unitPath.split('.').length - a.unitPath.split('.').length);
  if (!own[0]) throw new AppError('CONSOLIDATION_UNIT_NOT_ABOVE', { unit: actor.grants[0]?.unitName ?? '' });
  return own[0].unitId;
}
