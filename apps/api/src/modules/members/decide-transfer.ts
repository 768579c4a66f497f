import { AppError, Permission, type TransferSummary, todayVN } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import { selectTransfers } from './transfers.queries';

type Pending = { id: number; membershipId: number; personId: number; toUnitId: number; sameFederation: boolean };
const pendingColumns = `t.id, t.membership_id AS "membershipId", t.person_id AS "personId", t.to_unit_id AS "toUnitId",
  subpath(f.path, 0, least(2, nlevel(f.path))) = subpath(d.path, 0, least(2, nlevel(d.path))) AS "sameFederation"`;

/** A pending transfer to a union in the actor's member.write scope, locked; else TRANSFER_NOT_FOUND. */
async function lockPending(tx: Tx, ctx: Ctx, transferId: number): Promise<Pending> {
  const actor = requireActor(ctx);
  const { rows } = await tx.query<Pending>(
    `SELECT ${pendingColumns}
       FROM member_transfers t JOIN org_units d ON d.id = t.to_unit_id JOIN org_units f ON f.id = t.unit_id
      WHERE t.id = $1 AND t.status = 'pending' AND d.path <@ $2::ltree[]
        FOR UPDATE OF t`,
    [transferId, scopeFor(actor, Permission.MemberWrite)],
  );
  if (!rows[0]) throw new AppError('TRANSFER_NOT_FOUND', { id: transferId });
  return rows[0];
}

/**
 * The receiving union confirms: the old membership ends as transferred out, a new one starts in
 * the receiving union (linked to the old one). Within one provincial federation the card carries over.
 */
export async function confirmTransfer(
  ctx: Ctx,
  transferId: number,
  input: { reason?: string | null | undefined },
): Promise<TransferSummary> {
  return ctx.tx('member.transfer_confirm', async (tx) => {
    const t = await lockPending(tx, ctx, transferId);
    await confirmInTx(tx, ctx, t, input.reason);
    return (await selectTransfers(tx, 't.id = $1', [t.id]))[0]!;
  });
}

/** A pending transfer (locked by the caller, checked for scope) whose receiving side agreed. */
export async function lockedTransfer(tx: Tx, transferId: number): Promise<Pending> {
  const { rows } = await tx.query<Pending>(
    `SELECT ${pendingColumns} FROM member_transfers t JOIN org_units d ON d.id = t.to_unit_id
       JOIN org_units f ON f.id = t.unit_id
      WHERE t.id = $1 AND t.status = 'pending' FOR UPDATE OF t`,
    [transferId],
  );
  if (!rows[0]) throw new AppError('TRANSFER_NOT_FOUND', { id: transferId });
  return rows[0];
}

/**
 * The old membership ends as transferred out, a new one starts in the receiving union (linked to the
 * old one). Within one provincial federation the card carries over.
 */
export async function confirmInTx(tx: Tx, ctx: Ctx, t: Pending, reason: string | null | undefined): Promise<void> {
  const actor = requireActor(ctx);
  const today = todayVN(ctx.now());
  const { rows: old } = await tx.query<{ cardNumber: string | null; cardIssuedOn: string | null }>(
    `UPDATE memberships SET status = 'transferred_out', status_on = $2,
            status_reason = (SELECT 'Chuyển đến ' || name FROM org_units WHERE id = $3), updated_at = now()
      WHERE id = $1 AND status = 'in_transit'
      RETURNING card_number AS "cardNumber", card_issued_on AS "cardIssuedOn"`,
    [t.membershipId, today, t.toUnitId],
  );
  if (!old[0]) throw new AppError('MEMBERSHIP_STATE_CONFLICT', { status: 'not in transit' });
  const card = t.sameFederation ? old[0] : { cardNumber: null, cardIssuedOn: null };
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO memberships (person_id, unit_id, admitted_on, admission_kind, previous_membership_id, card_number, card_issued_on)
     VALUES ($1, $2, $3, 'transfer', $4, $5, $6) RETURNING id`,
    [t.personId, t.toUnitId, today, t.membershipId, card.cardNumber, card.cardIssuedOn],
  );
  await tx.query(
    `UPDATE member_transfers SET status = 'confirmed', decided_at = now(), decided_by = $2, decision_reason = $3,
            new_membership_id = $4 WHERE id = $1`,
    [t.id, actorUserId(actor), reason ?? null, rows[0]!.id],
  );
}

/** The receiving union refuses: the member is active again in the union they were leaving. */
export async function refuseTransfer(
  ctx: Ctx,
  transferId: number,
  input: { reason?: string | null | undefined },
): Promise<TransferSummary> {
  const actor = requireActor(ctx);
  return ctx.tx('member.transfer_refuse', async (tx) => {
    const t = await lockPending(tx, ctx, transferId);
    await tx.query(
      `UPDATE memberships SET status = 'active', status_on = NULL, status_reason = NULL, updated_at = now()
        WHERE id = $1 AND status = 'in_transit'`,
      [t.membershipId],
    );
    await tx.query(
      `UPDATE member_transfers SET status = 'refused', decided_at = now(), decided_by = $2, decision_reason = $3 WHERE id = $1`,
      [t.id, actorUserId(actor), input.reason ?? null],
    );
    return (await selectTransfers(tx, 't.id = $1', [t.id]))[0]!;
  });
}
