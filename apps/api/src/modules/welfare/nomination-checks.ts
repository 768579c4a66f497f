import { AppError } from '@congdoan/domain';
import type { Tx } from '../../db/tx';
import type { ProgrammeRow } from './welfare.queries';

/** The category must be one of the programme's, when it lists any. */
export function checkCategory(p: ProgrammeRow, category: string | null | undefined): void {
  if (p.hardshipCategories.length > 0 && category && !p.hardshipCategories.includes(category)) {
    throw new AppError('WELFARE_CATEGORY_INVALID', { category });
  }
}

/**
 * True when the person (by registry id or CCCD) would pass the programme's yearly cap for its kind, counting
 * every live nomination of that kind and year in any programme; 'block' programmes refuse instead.
 */
export async function capWarning(
  tx: Tx,
  p: ProgrammeRow,
  who: { personId: number | null; cccd: string | null },
  amount: number,
  exceptNominationId: number | null,
): Promise<boolean> {
  if (p.yearlyCapVnd == null) return false;
  // Two programmes nominating the same person at once: one waits for the other before summing.
  await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('welfare_cap:' || $1, 0))", [
    who.cccd ?? `person:${who.personId}`,
  ]);
  const { rows } = await tx.query<{ vnd: number }>(
    `SELECT coalesce(sum(n.amount_vnd), 0)::bigint AS vnd FROM welfare_nominations n
       JOIN welfare_programmes wp ON wp.id = n.programme_id
      WHERE wp.kind = $1 AND wp.year = $2 AND n.status NOT IN ('refused', 'returned')
        AND (n.person_id = $3 OR n.cccd = $4) AND n.id IS DISTINCT FROM $5::bigint`,
    [p.kind, p.year, who.personId, who.cccd, exceptNominationId],
  );
  if (rows[0]!.vnd + amount <= p.yearlyCapVnd) return false;
  if (p.yearlyCapMode === 'block') {
    throw new AppError('WELFARE_CAP_EXCEEDED', { received: rows[0]!.vnd, cap: p.yearlyCapVnd });
  }
  return true;
}
