import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, scopeFor, pathInScope, type Actor } from '../../context/actor';
import type { Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';

/**
 * Numbers (CCCD) one user may check outside their scope per hour, over admissions, profile edits and
 * imports together. An officer admitting the worker in front of them needs a handful; nobody needs
 * to test thousands.
 */
export const EXISTENCE_CHECKS_PER_HOUR = 60;

export type CheckKind = 'admission' | 'update' | 'import';

type Owner = { cccd: string; id: number; unitPath: string | null; name: string; unit: string | null };

// The holder of a CCCD, with what CCCD_TAKEN may tell an actor who can see them: name and unit.
const ownerColumns = `p.cccd, p.id::int AS id, u.path::text AS "unitPath", p.full_name AS name, u.name AS unit`;

/** The precise answer for a holder inside the actor's scope: who holds the number, and where. */
function takenBy(owner: Owner, index: { index?: number } = {}): AppError {
  return new AppError('CCCD_TAKEN', {
    field: 'cccd',
    personId: owner.id,
    name: owner.name,
    unit: owner.unit ?? '',
    ...index,
  });
}

/** Numbers the user has checked outside their scope in the last hour (serialised per user). */
async function usedThisHour(tx: Tx, userId: number): Promise<{ used: number; minutes: number }> {
  await tx.query('SELECT pg_advisory_xact_lock(727274, $1::int)', [userId]);
  const { rows } = await tx.query<{ used: number; minutes: number }>(
    `SELECT coalesce(sum(numbers), 0)::int AS used,
            coalesce(ceil(extract(epoch FROM min(at) + interval '1 hour' - now()) / 60), 0)::int AS minutes
       FROM existence_checks WHERE user_id = $1 AND at > now() - interval '1 hour'`,
    [userId],
  );
  return rows[0]!;
}

/** Record one country-wide check (the row trigger audits it); returns false when over the hourly limit. */
export async function spendChecks(
  tx: Tx,
  actor: Actor,
  check: { kind: CheckKind; unitId: number | null; numbers: number; foundElsewhere: number },
): Promise<{ allowed: boolean; minutes: number }> {
  const userId = actorUserId(actor);
  if (userId === null || check.numbers === 0) return { allowed: true, minutes: 0 };
  const { used, minutes } = await usedThisHour(tx, userId);
  const allowed = used + check.numbers <= EXISTENCE_CHECKS_PER_HOUR;
  await tx.query(
    `INSERT INTO existence_checks (user_id, unit_id, kind, numbers, found_elsewhere, refused) VALUES ($1, $2, $3, $4, $5, $6)`,
    // A refused check spends what is left of the hour: splitting a file cannot find where the hits are.
    [
      userId,
      check.unitId,
      check.kind,
      allowed ? check.numbers : Math.max(EXISTENCE_CHECKS_PER_HOUR - used, 0),
      allowed ? check.foundElsewhere : 0,
      !allowed,
    ],
  );
  return { allowed, minutes: allowed ? 0 : Math.max(minutes, 1) };
}

export function limitError(minutes: number): AppError {
  return new AppError('EXISTENCE_CHECK_LIMIT', { limit: EXISTENCE_CHECKS_PER_HOUR, minutes });
}

/**
 * Before an admission or a profile edit writes CCCDs: a number on file for someone whose unit is in
 * the actor's personal-data scope gets the precise answer (CCCD_TAKEN naming the person and unit); anything else
 * is a country-wide check — counted, audited, refused past the hourly limit, and answered only
 * MEMBER_ELSEWHERE (no person, no unit; `transferTo` is the actor's own unit). Runs in its own
 * transaction so the check stays recorded when the admission is then refused.
 */
export async function checkCccds(
  ctx: Ctx,
  actor: Actor,
  kind: CheckKind,
  entries: { cccd: string | null | undefined; unitId: number; exceptPersonId?: number }[],
): Promise<void> {
  const wanted = entries.flatMap((e, index) => (e.cccd ? [{ ...e, cccd: e.cccd, index }] : []));
  if (!wanted.length) return;
  const personal = scopeFor(actor, Permission.PersonalDataRead);
  const verdict = await ctx.tx(`member.existence_check`, async (tx) => {
    const { rows } = await tx.query<Owner>(
      `SELECT ${ownerColumns} FROM persons p LEFT JOIN org_units u ON u.id = p.unit_id WHERE p.cccd = ANY($1::text[])`,
      [wanted.map((e) => e.cccd)],
    );
    const owners = new Map(rows.map((r) => [r.cccd, r]));
    const outside = wanted.filter((e) => {
      const owner = owners.get(e.cccd);
      return !owner || !owner.unitPath || !pathInScope(owner.unitPath, personal);
    });
    const foundElsewhere = outside.filter((e) => owners.has(e.cccd) && owners.get(e.cccd)!.id !== e.exceptPersonId);
    const spent = await spendChecks(tx, actor, {
      kind,
      unitId: wanted[0]!.unitId,
      numbers: outside.length,
      foundElsewhere: foundElsewhere.length,
    });
    return { spent, owners, foundElsewhere };
  });
  if (!verdict.spent.allowed) throw limitError(verdict.spent.minutes);
  for (const e of wanted) {
    const owner = verdict.owners.get(e.cccd);
    if (!owner || owner.id === e.exceptPersonId) continue;
    const index = entries.length > 1 ? { index: e.index } : {};
    if (verdict.foundElsewhere.includes(e)) {
      throw new AppError('MEMBER_ELSEWHERE', { field: 'cccd', transferTo: e.unitId, ...index });
    }
    throw takenBy(owner, index);
  }
}

/**
 * A CCCD taken between the check and the write (a race): the same two answers, without a second
 * count — the number was already checked and counted.
 */
export async function takenError(tx: Pick<Tx, 'query'>, actor: Actor, cccd: string, unitId: number): Promise<AppError> {
  const { rows } = await tx.query<Owner>(
    `SELECT ${ownerColumns} FROM persons p LEFT JOIN org_units u ON u.id = p.unit_id WHERE p.cccd = $1`,
    [cccd],
  );
  const owner = rows[0];
  if (owner?.unitPath && pathInScope(owner.unitPath, scopeFor(actor, Permission.PersonalDataRead))) {
    return takenBy(owner);
  }
  return new AppError('MEMBER_ELSEWHERE', { field: 'cccd', transferTo: unitId });
}
