import { AppError, Permission, todayVN, type AdmitMemberInput, type AdmitResult } from '@congdoan/domain';
import type { Actor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import { checkBirthDate, checkPersonCccd, insertPerson, uniqueToAppError } from './person-fields';
import { assertUnionGroup, grassrootsUnitInScope, openMembership, personInScope } from './members.queries';
import { checkCccds, takenError } from './existence-check';

/**
 * Admit inside an open transaction (the import job calls this for each row of one transaction).
 * Scope: member.write on the grassroots union. A new person is created from `person`; `personId`
 * re-admits someone known in scope who holds no membership now. Callers run `checkCccds` first (the
 * counted, audited country-wide check); here a CCCD taken meanwhile gets the same answers.
 */
export async function admitInTx(tx: Tx, actor: Actor, input: AdmitMemberInput): Promise<AdmitResult> {
  const unit = await grassrootsUnitInScope(tx, actor, Permission.MemberWrite, input.unitId);
  if (input.unionGroupId) await assertUnionGroup(tx, unit.id, input.unionGroupId);
  let personId: number;
  let warnings: string[] = [];
  if (input.personId !== undefined) {
    personId = (await personInScope(tx, actor, Permission.MemberWrite, input.personId, true)).id;
    // The loser of a re-admission race waited on the lock: a clean 409, not a constraint error.
    if (await openMembership(tx, personId)) throw new AppError('ALREADY_ACTIVE_MEMBER');
  } else {
    warnings = checkPersonCccd(input.person!, input.confirmCccdMismatch === true);
    try {
      personId = await insertPerson(tx, input.person!, unit.id);
    } catch (error) {
      if (error instanceof AppError && error.code === 'CCCD_TAKEN') {
        throw await takenError(tx, actor, input.person!.cccd!, unit.id);
      }
      throw error;
    }
  }
  try {
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO memberships (person_id, unit_id, union_group_id, admitted_on, card_number, card_issued_on)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $5::text IS NULL THEN NULL ELSE $4::date END) RETURNING id`,
      [personId, unit.id, input.unionGroupId ?? null, input.admittedOn, input.cardNumber ?? null],
    );
    const membershipId = rows[0]!.id;
    if (input.cardNumber) {
      await tx.query(
        `INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on, reason) VALUES ($1, $2, $3, $4, 'admission')`,
        [membershipId, unit.id, input.cardNumber, input.admittedOn],
      );
    }
    return { id: personId, membershipId, warnings };
  } catch (error) {
    throw uniqueToAppError(error);
  }
}

/** Admit one member (kết nạp đoàn viên): one audited transaction. */
export async function admitMember(ctx: Ctx, input: AdmitMemberInput): Promise<AdmitResult> {
  const actor = requireActor(ctx);
  await precheck(ctx, actor, [input]);
  return ctx.tx('member.admit', (tx) => admitInTx(tx, actor, input));
}

/** Admit many at once, all or nothing; an error names the failing entry's index. */
export async function admitMembers(ctx: Ctx, inputs: AdmitMemberInput[]): Promise<{ items: AdmitResult[] }> {
  const actor = requireActor(ctx);
  await precheck(ctx, actor, inputs);
  return ctx.tx('member.admit_many', async (tx) => {
    const items: AdmitResult[] = [];
    for (const [index, input] of inputs.entries()) {
      try {
        items.push(await admitInTx(tx, actor, input));
      } catch (error) {
        if (error instanceof AppError) throw new AppError(error.code, { ...error.details, index });
        throw error;
      }
    }
    return { items };
  });
}

/**
 * The checks that need no write, in order: each unit in scope (so nobody outside it reaches the
 * CCCD check), CCCD rules, then one counted country-wide check of the new people's CCCDs.
 */
async function precheck(ctx: Ctx, actor: Actor, inputs: AdmitMemberInput[]): Promise<void> {
  const many = inputs.length > 1;
  for (const [index, input] of inputs.entries()) {
    try {
      await grassrootsUnitInScope(ctx.pool, actor, Permission.MemberWrite, input.unitId);
      if (input.person) {
        checkBirthDate(input.person, todayVN(ctx.now()), input.admittedOn);
        checkPersonCccd(input.person, input.confirmCccdMismatch === true);
      }
    } catch (error) {
      if (many && error instanceof AppError) throw new AppError(error.code, { ...error.details, index });
      throw error;
    }
  }
  await checkCccds(
    ctx,
    actor,
    'admission',
    inputs.map((input) => ({ cccd: input.person?.cccd, unitId: input.unitId })),
  );
}
