// A nomination list is a member_imports row with purpose 'welfare_nominations' (see migration 0033).
import { AppError, Permission } from '@congdoan/domain';
import { pathInScope, scopeFor, type Actor } from '../../../context/actor';
import type { Tx } from '../../../db/tx';
import { importInScope, type ImportRecord } from '../../member-import';

export type NominationList = ImportRecord & { programmeId: number };

/** A nomination list whose unit the actor may nominate for (locked when `lock`), else WELFARE_IMPORT_NOT_FOUND. */
export async function nominationListInScope(
  db: Parameters<typeof importInScope>[0],
  actor: Actor,
  id: number,
  lock = false,
): Promise<NominationList> {
  let record: ImportRecord;
  try {
    record = await importInScope(db, actor, id, lock);
  } catch (error) {
    if (error instanceof AppError && error.code === 'IMPORT_NOT_FOUND') throw new AppError('WELFARE_IMPORT_NOT_FOUND');
    throw error;
  }
  if (
    record.purpose !== 'welfare_nominations' ||
    record.programmeId === null ||
    !pathInScope(record.unitPath, scopeFor(actor, Permission.WelfareWrite))
  ) {
    throw new AppError('WELFARE_IMPORT_NOT_FOUND', { id });
  }
  return record as NominationList;
}

/** Counts of a nomination list, in the member import's shape: every valid row becomes one nomination. */
export async function nominationListStats(tx: Pick<Tx, 'query'>, importId: number) {
  const { rows } = await tx.query<{
    total: number;
    valid: number;
    withErrors: number;
    withWarnings: number;
    matched: number;
    created: number;
  }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT has_errors)::int AS valid,
            count(*) FILTER (WHERE has_errors)::int AS "withErrors",
            count(*) FILTER (WHERE jsonb_array_length(warnings) > 0)::int AS "withWarnings",
            count(match_person_id)::int AS matched, count(nomination_id)::int AS created
       FROM member_import_rows WHERE import_id = $1`,
    [importId],
  );
  const r = rows[0]!;
  return { ...r, toCreate: r.valid, toUpdate: 0, toSkip: 0 };
}
