import { Permission, type PersonInput } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { personInScope } from './members.queries';
import { checkPersonCccd, updatePersonRow } from './person-fields';

/** Correct a member's personal record (every field replaced; same CCCD rules as admission). */
export async function updatePerson(
  ctx: Ctx,
  personId: number,
  input: PersonInput & { confirmCccdMismatch?: boolean | undefined },
): Promise<{ ok: true; warnings: string[] }> {
  const actor = requireActor(ctx);
  const { confirmCccdMismatch, ...person } = input;
  const warnings = checkPersonCccd(person, confirmCccdMismatch === true);
  return ctx.tx('member.update', async (tx) => {
    await personInScope(tx, actor, Permission.MemberWrite, personId, true);
    await updatePersonRow(tx, personId, person);
    return { ok: true as const, warnings };
  });
}
