import { AppError } from '@congdoan/domain';
import type { Tx } from '../../db/tx';
import type { ProgrammeRow } from './welfare.queries';

/** The category must be one of the programme's, when it lists any. */
export function checkCategory(p: ProgrammeRow, category: string | null | undefined): void {
  if (p.hardshipCategories.length > 0 && category && !p.hardshipCategories.includes(category)) {
    throw new AppError('WELFARE_CATEGORY_INVALID', { category });
  }
}

/** A person to nominate: by registry id, or by CCCD for a non-member (a member's CCCD is carried too). */
export type Who = { personId: number | null; cccd: string | null };

/** The registry ids and the CCCDs of many people, as two arrays for `= ANY($n)`. */
export const idsAndCccds = (people: Who[]): [number[], string[]] => [
  people.flatMap((w) => (w.personId === null ? [] : [w.personId])),
  people.flatMap((w) => (w.cccd === null ? [] : [w.cccd])),
];

/** The advisory key of a programme kind's year: lists hold it alone, single nominations share it. */
const capYearKey = (p: ProgrammeRow) => `welfare_cap_year:${p.kind}:${p.year}`;

/** Live nominations of the programme's kind and year, in any programme, that count towards the yearly cap. */
export const capCountedSql = `SELECT n.id, n.person_id, n.cccd, n.amount_vnd FROM welfare_nominations n
  JOIN welfare_programmes wp ON wp.id = n.programme_id
 WHERE wp.kind = $1 AND wp.year = $2 AND n.status NOT IN ('refused', 'returned')`;

/**
 * Whether `amount` on top of what the person already received this year passes the cap: false when within it,
 * true (a warning) when over it in a 'warn' programme; a 'block' programme refuses instead.
 */
export function capDecision(p: ProgrammeRow, received: number, amount: number): boolean {
  if (p.yearlyCapVnd == null || received + amount <= p.yearlyCapVnd) return false;
  if (p.yearlyCapMode === 'block') throw new AppError('WELFARE_CAP_EXCEEDED', { received, cap: p.yearlyCapVnd });
  return true;
}

/**
 * True when the person (by registry id or CCCD) would pass the programme's yearly cap for its kind, counting
 * every live nomination of that kind and year in any programme; 'block' programmes refuse instead.
 */
export async function capWarning(
  tx: Tx,
  p: ProgrammeRow,
  who: Who,
  amount: number,
  exceptNominationId: number | null,
): Promise<boolean> {
  if (p.yearlyCapVnd == null) return false;
  // Two programmes nominating the same person at once: one waits for the other before summing. The shared
  // year lock lets single nominations pass each other and waits only for a whole list being written.
  await tx.query(
    `SELECT pg_advisory_xact_lock_shared(hashtextextended($1, 0)),
            pg_advisory_xact_lock(hashtextextended('welfare_cap:' || $2, 0))`,
    [capYearKey(p), who.cccd ?? `person:${who.personId}`],
  );
  const { rows } = await tx.query<{ vnd: number }>(
    `SELECT coalesce(sum(c.amount_vnd), 0)::bigint AS vnd FROM (${capCountedSql}) c
      WHERE (c.person_id = $3 OR c.cccd = $4) AND c.id IS DISTINCT FROM $5::bigint`,
    [p.kind, p.year, who.personId, who.cccd, exceptNominationId],
  );
  return capDecision(p, Number(rows[0]!.vnd), amount);
}

/**
 * What each of many people already received this year towards the cap, for a whole list at once. Holds the
 * year's lock alone until the list's transaction ends, so no single nomination can slip in between.
 */
export async function capReceivedByPerson(tx: Tx, p: ProgrammeRow, people: Who[]): Promise<(who: Who) => number> {
  if (p.yearlyCapVnd == null) return () => 0;
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [capYearKey(p)]);
  const { rows } = await tx.query<{ id: number; person_id: number | null; cccd: string | null; amount_vnd: number }>(
    `SELECT c.* FROM (${capCountedSql}) c WHERE c.person_id = ANY($3::bigint[]) OR c.cccd = ANY($4::text[])`,
    [p.kind, p.year, ...idsAndCccds(people)],
  );
  // A nomination found by both keys counts once.
  const byKey = new Map<string, Map<number, number>>();
  const add = (key: string, id: number, vnd: number) =>
    byKey.set(key, (byKey.get(key) ?? new Map<number, number>()).set(id, vnd));
  for (const r of rows) {
    if (r.person_id !== null) add(`p${r.person_id}`, r.id, r.amount_vnd);
    if (r.cccd !== null) add(`c${r.cccd}`, r.id, r.amount_vnd);
  }
  return (who) => {
    const found = new Map([...(byKey.get(`p${who.personId}`) ?? []), ...(byKey.get(`c${who.cccd}`) ?? [])]);
    return [...found.values()].reduce((a, b) => a + b, 0);
  };
}
