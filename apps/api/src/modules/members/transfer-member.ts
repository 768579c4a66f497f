import { AppError, Permission, type TransferSummary, todayVN } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import { openMembership, personInScope } from './members.queries';
import { selectTransfers } from './transfers.queries';

/**
 * Request a transfer (chuyển sinh hoạt) to another grassroots union anywhere in the country.
 * The member is in transit until the receiving union confirms or refuses. The person row is locked,
 * so two simultaneous requests cannot both pass the "active" check.
 */
export async function transferMember(
  ctx: Ctx,
  personId: number,
  input: { toUnitId: number; requestedOn?: string | undefined; reason?: string | null | undefined },
): Promise<TransferSummary> {
  requireActor(ctx);
  return ctx.tx('member.transfer', async (tx) => {
    const id = await startTransferInTx(tx, ctx, personId, input);
    return (await selectTransfers(tx, 't.id = $1', [id]))[0]!;
  });
}

/**
 * The transfer itself, inside an open transaction (an accepted transfer request runs it too); returns
 * the member_transfers id. `requestedBy`: who asked (the receiving union's official, for a request).
 */
export async function startTransferInTx(
  tx: Tx,
  ctx: Ctx,
  personId: number,
  input: { toUnitId: number; requestedOn?: string | undefined; reason?: string | null | undefined },
  requestedBy?: number | null,
): Promise<number> {
  const actor = requireActor(ctx);
  await personInScope(tx, actor, Permission.MemberWrite, personId, true);
  const membership = await openMembership(tx, personId);
  if (!membership || membership.status !== 'active')
    throw new AppError('MEMBERSHIP_STATE_CONFLICT', { status: membership?.status ?? 'none' });
  const { rows: target } = await tx.query<{ kind: string }>('SELECT kind FROM org_units WHERE id = $1', [
    input.toUnitId,
  ]);
  if (!target[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.toUnitId });
  if (target[0].kind !== 'grassroots_union') throw new AppError('NOT_A_GRASSROOTS_UNION');
  if (input.toUnitId === membership.unitId) throw new AppError('TRANSFER_SAME_UNIT');
  const requestedOn = input.requestedOn ?? todayVN(ctx.now());
  await tx.query(`UPDATE memberships SET status = 'in_transit', status_on = $2, updated_at = now() WHERE id = $1`, [
    membership.id,
    requestedOn,
  ]);
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO member_transfers (membership_id, person_id, unit_id, to_unit_id, requested_on, reason, requested_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      membership.id,
      personId,
      membership.unitId,
      input.toUnitId,
      requestedOn,
      input.reason ?? null,
      requestedBy === undefined ? actorUserId(actor) : requestedBy,
    ],
  );
  return rows[0]!.id;
}
