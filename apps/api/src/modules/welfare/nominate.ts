import { AppError, Permission, todayVN, type nominationBody } from '@congdoan/domain';
import type { z } from 'zod';
import { actorUserId, scopeFor, type Actor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import { capWarning, checkCategory } from './nomination-checks';
import { assertVnd, nominatedSql, programmeFor, unitInScope } from './welfare.queries';

type Input = z.output<typeof nominationBody>;

/** Where a nomination came from: an official's form, a nomination list, or a member's own application. */
export type NominationSource = { kind: 'official' | 'import' | 'application'; registrationId?: number | null };

/**
 * A unit nominates a member of its subtree (or a non-member where allowed) within its quota and the
 * nomination period. The unit's quota row is locked so two officials cannot both take the last place.
 */
export async function nominate(
  ctx: Ctx,
  programmeId: number,
  input: Input,
): Promise<{ id: number; capWarning: boolean }> {
  const actor = requireActor(ctx);
  return ctx.tx('welfare_nomination.create', (tx) => nominateInTx(tx, actor, ctx.now(), programmeId, input));
}

/**
 * The nomination inside a caller's transaction, every check included (period, scope, eligibility, category,
 * quota, duplicate, cap): the form, a nomination list (row by row in one transaction) and applications.
 */
export async function nominateInTx(
  tx: Tx,
  actor: Actor,
  now: Date,
  programmeId: number,
  input: Input,
  source: NominationSource = { kind: 'official' },
): Promise<{ id: number; capWarning: boolean }> {
  const p = await programmeFor(tx, programmeId, scopeFor(actor, Permission.WelfareRead));
  const unit = await unitInScope(tx, input.unitId, scopeFor(actor, Permission.WelfareWrite));
  const today = todayVN(now);
  if (today < p.nominationFrom || today > p.nominationTo) {
    throw new AppError('WELFARE_OUTSIDE_PERIOD', { from: p.nominationFrom, to: p.nominationTo });
  }
  const amount = input.amountVnd ?? p.benefitVnd;
  assertVnd(amount);
  checkCategory(p, input.hardshipCategory);
  let who: { personId: number | null; fullName: string; cccd: string | null; phone: string | null };
  if (input.personId) {
    const { rows } = await tx.query<{ fullName: string; cccd: string | null; phone: string | null; ok: boolean }>(
      `SELECT pe.full_name AS "fullName", pe.cccd, pe.phone,
              (pu.path <@ $3::ltree AND pu.path <@ $4::ltree AND pe.member_status = ANY($5::text[])) AS ok
         FROM persons pe JOIN org_units pu ON pu.id = pe.unit_id
        WHERE pe.id = $1 AND pe.merged_into_id IS NULL AND pu.path <@ $2::ltree[]`,
      [input.personId, scopeFor(actor, Permission.WelfareRead), unit.path, p.eligiblePath, p.eligibleStatuses],
    );
    if (!rows[0]) throw new AppError('PERSON_NOT_FOUND', { id: input.personId });
    if (!rows[0].ok) throw new AppError('WELFARE_NOT_ELIGIBLE', { id: input.personId });
    who = { personId: input.personId, fullName: rows[0].fullName, cccd: rows[0].cccd, phone: rows[0].phone };
  } else {
    if (!p.nonMembersAllowed) throw new AppError('WELFARE_NON_MEMBER_NOT_ALLOWED');
    if (!input.fullName || !input.cccd) throw new AppError('WELFARE_IDENTITY_REQUIRED');
    who = { personId: null, fullName: input.fullName, cccd: input.cccd, phone: input.phone ?? null };
  }
  // Lock first, count after: a statement that waited for the lock still reads with its older snapshot,
  // so the places taken are counted by a fresh statement once the lock is held.
  const { rows: locked } = await tx.query<{ id: number }>(
    'SELECT id FROM welfare_quotas WHERE programme_id = $1 AND unit_id = $2 FOR UPDATE',
    [programmeId, input.unitId],
  );
  if (!locked[0]) throw new AppError('WELFARE_NO_QUOTA', { unitId: input.unitId });
  const { rows: quota } = await tx.query<{ free: number }>(
    `SELECT q.count - ${nominatedSql}
            - coalesce((SELECT sum(c.count) FROM welfare_quotas c WHERE c.parent_quota_id = q.id), 0)::int AS free
       FROM welfare_quotas q WHERE q.id = $1`,
    [locked[0].id],
  );
  if (!quota[0]) throw new AppError('WELFARE_NO_QUOTA', { unitId: input.unitId });
  const { rows: dup } = await tx.query(
    'SELECT 1 FROM welfare_nominations WHERE programme_id = $1 AND (person_id = $2 OR cccd = $3)',
    [programmeId, who.personId, who.cccd],
  );
  if (dup[0]) throw new AppError('WELFARE_DUPLICATE');
  if (quota[0].free < 1) throw new AppError('WELFARE_OVER_QUOTA', { quota: quota[0].free });
  const warning = await capWarning(tx, p, who, amount, null);
  try {
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, cccd, phone, reason,
         hardship_category, amount_vnd, created_by, source, registration_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        programmeId,
        input.unitId,
        who.personId,
        who.fullName,
        who.cccd,
        who.phone,
        input.reason,
        input.hardshipCategory ?? null,
        amount,
        actorUserId(actor),
        source.kind,
        source.registrationId ?? null,
      ],
    );
    return { id: rows[0]!.id, capWarning: warning };
  } catch (e) {
    // Two units nominating the same CCCD at once: the unique index decides, the loser gets the same message.
    if ((e as { code?: string }).code === '23505') throw new AppError('WELFARE_DUPLICATE');
    throw e;
  }
}
