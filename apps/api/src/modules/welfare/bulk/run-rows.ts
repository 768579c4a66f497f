import { AppError, type ErrorCode } from '@congdoan/domain';
import type { Actor } from '../../../context/actor';
import type { Tx } from '../../../db/tx';
import { nominateInTx } from '../nominate';
import type { ProgrammeRow } from '../welfare.queries';
import type { NominationList } from './nomination-list.queries';

export type RowOutcome =
  | { rowNo: number; nominationId: number; capWarning: boolean }
  | { rowNo: number; refused: ErrorCode | 'not_in_registry'; details?: Record<string, unknown> };

type Staged = {
  rowNo: number;
  personId: number | null;
  fullName: string;
  cccd: string | null;
  phone: string | null;
  reason: string;
  hardshipCategory: string | null;
  amountVnd: number | null;
};

/**
 * Every valid row of a list through the one nomination use case, in file order, inside the caller's
 * transaction: the period, eligibility, category, quota (earlier rows take places first), duplicate and
 * yearly-cap checks are the very ones a single nomination gets. Each row runs under a savepoint, so a refused
 * row leaves no trace and the next one goes on; the caller decides whether to keep what succeeded.
 */
export async function runRows(
  tx: Tx,
  actor: Actor,
  now: Date,
  list: NominationList,
  p: ProgrammeRow,
  progress: (done: number, total: number) => Promise<void>,
): Promise<RowOutcome[]> {
  const { rows } = await tx.query<Staged>(
    `SELECT row_no AS "rowNo", match_person_id AS "personId", full_name AS "fullName", cccd, phone, reason,
            hardship_category AS "hardshipCategory", amount_vnd AS "amountVnd"
       FROM member_import_rows WHERE import_id = $1 AND NOT has_errors ORDER BY row_no`,
    [list.id],
  );
  const outcomes: RowOutcome[] = [];
  for (const [i, r] of rows.entries()) {
    if (r.personId === null && !p.nonMembersAllowed) {
      outcomes.push({ rowNo: r.rowNo, refused: 'not_in_registry' });
      continue;
    }
    await tx.query('SAVEPOINT nomination_row');
    try {
      const done = await nominateInTx(
        tx,
        actor,
        now,
        list.programmeId,
        {
          unitId: list.unit.id,
          personId: r.personId,
          fullName: r.fullName,
          cccd: r.cccd,
          phone: r.phone,
          reason: r.reason,
          hardshipCategory: r.hardshipCategory,
          amountVnd: r.amountVnd,
        },
        { kind: 'import' },
      );
      await tx.query('RELEASE SAVEPOINT nomination_row');
      outcomes.push({ rowNo: r.rowNo, nominationId: done.id, capWarning: done.capWarning });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await tx.query('ROLLBACK TO SAVEPOINT nomination_row');
      outcomes.push({ rowNo: r.rowNo, refused: error.code, details: error.details });
    }
    if (i % 100 === 99) await progress(i + 1, rows.length);
  }
  await progress(rows.length, rows.length);
  return outcomes;
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
