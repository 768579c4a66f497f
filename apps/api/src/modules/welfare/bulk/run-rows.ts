import { AppError, Permission, todayVN, type ErrorCode } from '@congdoan/domain';
import { actorUserId, scopeFor, type Actor } from '../../../context/actor';
import type { Tx } from '../../../db/tx';
import { capDecision, capReceivedByPerson, checkCategory, idsAndCccds, type Who } from '../nomination-checks';
import { assertVnd, nominatedSql, unitInScope, type ProgrammeRow } from '../welfare.queries';
import type { NominationList } from './nomination-list.queries';

export type RowOutcome =
  | { rowNo: number; nominationId: number; capWarning: boolean }
  | { rowNo: number; refused: ErrorCode | 'not_in_registry'; details?: Record<string, unknown> };

type Staged = {
  rowNo: number;
  personId: number | null;
  fullName: string;
  cccd: string | null;
  hardshipCategory: string | null;
  amountVnd: number | null;
  /** The registry's person (null for a non-member row, or when the person is no longer visible). */
  personCccd: string | null;
  found: boolean;
  eligible: boolean;
};

type Decided = { rowNo: number; accepted: true; who: Who; warn: boolean };

/**
 * Every valid row of a list with the checks of the single nomination use case (`nominateInTx`), decided for
 * the whole list in a few statements instead of ten round trips a row: the period and the unit once, the
 * registry's people in one read, the quota locked once with earlier rows taking places first, duplicates and
 * the yearly cap from one read each, and the accepted rows written by one INSERT. A refused row leaves no trace
 * and takes no place; the caller decides whether to keep what succeeded. bulk-nominations.test compares the
 * outcomes with the single use case, row by row.
 */
export async function runRows(
  tx: Tx,
  actor: Actor,
  now: Date,
  list: NominationList,
  p: ProgrammeRow,
  progress: (done: number, total: number) => Promise<void>,
): Promise<RowOutcome[]> {
  const rows = await stagedRows(tx, actor, list, p);
  await progress(0, rows.length);
  const refuse = (rowNo: number, e: AppError): RowOutcome => ({ rowNo, refused: e.code, details: e.details });
  // What holds for every row of the list: the unit may nominate and the period is open.
  try {
    await unitInScope(tx, list.unit.id, scopeFor(actor, Permission.WelfareWrite));
    const today = todayVN(now);
    if (today < p.nominationFrom || today > p.nominationTo) {
      throw new AppError('WELFARE_OUTSIDE_PERIOD', { from: p.nominationFrom, to: p.nominationTo });
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return rows.map((r) =>
      r.personId === null && !p.nonMembersAllowed
        ? { rowNo: r.rowNo, refused: 'not_in_registry' }
        : refuse(r.rowNo, error),
    );
  }
  let free = await freePlaces(tx, p.id, list.unit.id);
  const whoOf = (r: Staged) => ({ personId: r.personId, cccd: r.personId === null ? r.cccd : r.personCccd });
  const taken = await alreadyNominated(tx, p.id, rows.map(whoOf));
  const received = await capReceivedByPerson(tx, p, rows.map(whoOf));
  const decided: (RowOutcome | Decided)[] = rows.map((r) => {
    if (r.personId === null && !p.nonMembersAllowed) return { rowNo: r.rowNo, refused: 'not_in_registry' };
    try {
      const amount = r.amountVnd ?? p.benefitVnd;
      assertVnd(amount);
      checkCategory(p, r.hardshipCategory);
      if (r.personId !== null && !r.found) throw new AppError('PERSON_NOT_FOUND', { id: r.personId });
      if (r.personId !== null && !r.eligible) throw new AppError('WELFARE_NOT_ELIGIBLE', { id: r.personId });
      if (r.personId === null && (!r.fullName || !r.cccd)) throw new AppError('WELFARE_IDENTITY_REQUIRED');
      if (free === null) throw new AppError('WELFARE_NO_QUOTA', { unitId: list.unit.id });
      const who = whoOf(r);
      if (taken.has(who)) throw new AppError('WELFARE_DUPLICATE');
      if (free < 1) throw new AppError('WELFARE_OVER_QUOTA', { quota: free });
      const warn = capDecision(p, received(who), amount);
      free -= 1;
      taken.add(who);
      return { rowNo: r.rowNo, accepted: true, who, warn };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return refuse(r.rowNo, error);
    }
  });
  const accepted = decided.filter((d): d is Decided => 'accepted' in d);
  const ids = await insertAccepted(tx, actor, list, p, accepted);
  await progress(rows.length, rows.length);
  return decided.map((d) => {
    if (!('accepted' in d)) return d;
    const id = ids.get(d.who);
    // Nominated by someone else between the read and the write: the unique index decided, as for one row.
    return id === undefined
      ? { rowNo: d.rowNo, refused: 'WELFARE_DUPLICATE' }
      : { rowNo: d.rowNo, nominationId: id, capWarning: d.warn };
  });
}

/** The list's valid rows in file order, each with its registry person as the actor may see it. */
async function stagedRows(tx: Tx, actor: Actor, list: NominationList, p: ProgrammeRow): Promise<Staged[]> {
  const { rows } = await tx.query<Staged>(
    `SELECT r.row_no AS "rowNo", r.match_person_id AS "personId", r.full_name AS "fullName", r.cccd,
            r.hardship_category AS "hardshipCategory", r.amount_vnd AS "amountVnd", pe.cccd AS "personCccd",
            coalesce(pu.path <@ $2::ltree[], false) AS found,
            coalesce(pu.path <@ $3::ltree AND pu.path <@ $4::ltree AND pe.member_status = ANY($5::text[]), false)
              AS eligible
       FROM member_import_rows r
       LEFT JOIN persons pe ON pe.id = r.match_person_id AND pe.merged_into_id IS NULL
       LEFT JOIN org_units pu ON pu.id = pe.unit_id
      WHERE r.import_id = $1 AND NOT r.has_errors ORDER BY r.row_no`,
    [list.id, scopeFor(actor, Permission.WelfareRead), list.unitPath, p.eligiblePath, p.eligibleStatuses],
  );
  return rows;
}

/**
 * The unit's places left, null without a quota. Lock first, count after: a statement that waited for the lock
 * still reads with its older snapshot.
 */
async function freePlaces(tx: Tx, programmeId: number, unitId: number): Promise<number | null> {
  const { rows: locked } = await tx.query<{ id: number }>(
    'SELECT id FROM welfare_quotas WHERE programme_id = $1 AND unit_id = $2 FOR UPDATE',
    [programmeId, unitId],
  );
  if (!locked[0]) return null;
  const { rows } = await tx.query<{ free: number }>(
    `SELECT q.count - ${nominatedSql}
            - coalesce((SELECT sum(c.count) FROM welfare_quotas c WHERE c.parent_quota_id = q.id), 0)::int AS free
       FROM welfare_quotas q WHERE q.id = $1`,
    [locked[0].id],
  );
  return rows[0]!.free;
}

/** A set of people by registry id or CCCD: the same person, or the same CCCD, is one nomination per programme. */
class PeopleSet {
  private keys = new Set<string>();
  has = (w: Who) =>
    (w.personId !== null && this.keys.has(`p${w.personId}`)) || (w.cccd !== null && this.keys.has(`c${w.cccd}`));
  add = (w: Who) => {
    if (w.personId !== null) this.keys.add(`p${w.personId}`);
    if (w.cccd !== null) this.keys.add(`c${w.cccd}`);
  };
}

async function alreadyNominated(tx: Tx, programmeId: number, people: Who[]): Promise<PeopleSet> {
  const { rows } = await tx.query<{ personId: number | null; cccd: string | null }>(
    `SELECT person_id AS "personId", cccd FROM welfare_nominations
      WHERE programme_id = $1 AND (person_id = ANY($2::bigint[]) OR cccd = ANY($3::text[]))`,
    [programmeId, ...idsAndCccds(people)],
  );
  const set = new PeopleSet();
  for (const r of rows) set.add(r);
  return set;
}

/** One INSERT for the accepted rows, in file order; a row another transaction took meanwhile is skipped. */
async function insertAccepted(
  tx: Tx,
  actor: Actor,
  list: NominationList,
  p: ProgrammeRow,
  accepted: Decided[],
): Promise<{ get: (w: Who) => number | undefined }> {
  const { rows } = await tx.query<{ id: number; personId: number | null; cccd: string | null }>(
    `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, cccd, phone, reason,
       hardship_category, amount_vnd, created_by, source)
     SELECT $2, $3, r.match_person_id, coalesce(pe.full_name, r.full_name), CASE WHEN pe.id IS NULL THEN r.cccd ELSE pe.cccd END,
            CASE WHEN pe.id IS NULL THEN r.phone ELSE pe.phone END, r.reason, r.hardship_category,
            coalesce(r.amount_vnd, $5), $6, 'import'
       FROM member_import_rows r LEFT JOIN persons pe ON pe.id = r.match_person_id
      WHERE r.import_id = $1 AND r.row_no = ANY($4::int[])
      ORDER BY r.row_no
     ON CONFLICT DO NOTHING
     RETURNING id, person_id AS "personId", cccd`,
    [list.id, p.id, list.unit.id, accepted.map((a) => a.rowNo), p.benefitVnd, actorUserId(actor)],
  );
  const byPerson = new Map(rows.map((r) => [r.personId === null ? `c${r.cccd}` : `p${r.personId}`, r.id]));
  return { get: (w) => byPerson.get(w.personId === null ? `c${w.cccd}` : `p${w.personId}`) };
}

/** Put the refusals on their rows as errors and the cap warnings as warnings (for the preview and error file). */
export async function recordOutcomes(tx: Tx, importId: number, outcomes: RowOutcome[]): Promise<void> {
  type Issue = { row_no: number; kind: 'errors' | 'warnings'; issue: { code: string; from?: string } };
  const issues = outcomes.flatMap((o): Issue[] =>
    'refused' in o
      ? [
          {
            row_no: o.rowNo,
            kind: 'errors',
            issue: o.refused === 'not_in_registry' ? { code: 'not_in_registry' } : { code: 'refused', from: o.refused },
          },
        ]
      : o.capWarning
        ? [{ row_no: o.rowNo, kind: 'warnings', issue: { code: 'refused', from: 'WELFARE_CAP_EXCEEDED' } }]
        : [],
  );
  await tx.query(
    `UPDATE member_import_rows r
        SET errors = CASE WHEN o.kind = 'errors' THEN r.errors || jsonb_build_array(o.issue) ELSE r.errors END,
            warnings = CASE WHEN o.kind = 'warnings' THEN r.warnings || jsonb_build_array(o.issue) ELSE r.warnings END,
            has_errors = r.has_errors OR o.kind = 'errors'
       FROM jsonb_to_recordset($2::jsonb) AS o(row_no int, kind text, issue jsonb)
      WHERE r.import_id = $1 AND r.row_no = o.row_no`,
    [importId, JSON.stringify(issues)],
  );
}
