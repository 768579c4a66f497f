import { AppError, Permission, todayVN, type PersonInput } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { personInScope } from './members.queries';
import { checkBirthDate, checkPersonCccd, updatePersonRow } from './person-fields';
import { checkCccds, takenError } from './existence-check';

/** Correct a member's personal record (every field replaced; same CCCD rules as admission). */
export async function updatePerson(
  ctx: Ctx,
  personId: number,
  input: PersonInput & { confirmCccdMismatch?: boolean | undefined },
): Promise<{ ok: true; warnings: string[] }> {
  const actor = requireActor(ctx);
  const { confirmCccdMismatch, ...person } = input;
  checkBirthDate(person, todayVN(ctx.now()));
  const warnings = checkPersonCccd(person, confirmCccdMismatch === true);
  const current = await personInScope(ctx.pool, actor, Permission.MemberWrite, personId);
  const { rows } = await ctx.pool.query<{ cccd: string | null }>('SELECT cccd FROM persons WHERE id = $1', [personId]);
  if (person.cccd && person.cccd !== rows[0]?.cccd) {
    // A new CCCD is checked like an admission's: counted, audited, naming the holder only inside scope.
    await checkCccds(ctx, actor, 'update', [{ cccd: person.cccd, unitId: current.unitId!, exceptPersonId: personId }]);
  }
  try {
    return await ctx.tx('member.update', async (tx) => {
      await personInScope(tx, actor, Permission.MemberWrite, personId, true);
      await updatePersonRow(tx, personId, person);
      return { ok: true as const, warnings };
    });
  } catch (error) {
    // Taken meanwhile (a race past the check): the same two answers as the check, read after the
    // failed transaction, so the message names the holder only for an actor who may see them.
    if (error instanceof AppError && error.code === 'CCCD_TAKEN' && person.cccd) {
      throw await takenError(ctx.pool, actor, person.cccd, current.unitId!);
    }
    throw error;
  }
}
