import { AppError, Permission, type PetitionInput } from '@congdoan/domain';
import { actorUserId, type Actor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { auditEvent, type Tx } from '../../db/tx';
import { addEvent, assertTopic, unitPathIn } from './petitions.queries';
import { openTarget } from './calls.queries';

/**
 * Insert one petition. `unitId` handles it, `originUnitId` raised it. An anonymous worker's identity
 * goes to petition_identities only, and its audit event names the petition, never the person.
 */
export async function insertPetition(
  tx: Tx,
  actor: Actor,
  p: PetitionInput & { unitId: number; originUnitId: number; callId?: number | null },
): Promise<number> {
  if (p.raisedBy !== 'anonymous' && p.identity) throw new AppError('VALIDATION_FAILED', { field: 'identity' });
  await assertTopic(tx, p.topicId);
  const anonymous = p.raisedBy === 'anonymous';
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO petitions (unit_id, origin_unit_id, call_id, title, content, topic_id, raised_by, raised_by_user_id,
       raiser_name, addressee_kind, addressee_name, affected_workers, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      p.unitId,
      p.originUnitId,
      p.callId ?? null,
      p.title,
      p.content,
      p.topicId,
      p.raisedBy,
      p.raisedBy === 'member' ? actorUserId(actor) : null,
      anonymous ? null : (p.raiserName ?? null),
      p.addresseeKind,
      p.addresseeName,
      p.affectedWorkers,
      actorUserId(actor),
    ],
  );
  const id = rows[0]!.id;
  if (anonymous && p.identity) {
    await tx.query(
      'INSERT INTO petition_identities (petition_id, full_name, contact, workplace) VALUES ($1, $2, $3, $4)',
      [id, p.identity.fullName, p.identity.contact ?? null, p.identity.workplace ?? null],
    );
    await auditEvent(tx, { action: 'petition.identity.store', entityType: 'petition_identities', entityId: id });
  }
  await addEvent(tx, actor, { petitionId: id, kind: 'created', toStatus: 'collected' });
  return id;
}

/** Record a petition raised in a unit (or, with callId, submitted by that unit to a call for petitions). */
export async function createPetition(
  ctx: Ctx,
  input: PetitionInput & { unitId: number; callId?: number | null | undefined },
): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  await unitPathIn(ctx, actor, input.unitId, Permission.PetitionWrite);
  return ctx.tx('petition.create', async (tx) => {
    let handlingUnit = input.unitId;
    if (input.callId) handlingUnit = (await openTarget(tx, input.callId, input.unitId)).callUnitId;
    const id = await insertPetition(tx, actor, {
      ...input,
      unitId: handlingUnit,
      originUnitId: input.unitId,
      callId: input.callId ?? null,
    });
    return { id };
  });
}
