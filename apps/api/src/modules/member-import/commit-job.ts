import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor } from '../../context/context';
import type { Tx } from '../../db/tx';
import type { JobHandler } from '../jobs';
import { importInScope } from './member-import.queries';
import { effectiveAction, importStats } from './import-rows.queries';
import { recordRefusedImportCheck, rematchCccd } from './check-job';

const BATCH = 5_000;

// persons columns filled from a staged row (same names on both sides).
const personColumns = [
  'family_name',
  'middle_name',
  'given_name',
  'full_name',
  'sort_key',
  'gender',
  'birth_date',
  'birth_date_precision',
  'cccd',
  'old_id_number',
  'phone',
  'email',
  'ethnicity',
  'permanent_address',
  'current_address',
  'occupation',
  'employer',
  'education_level',
  'passport_no',
];

/** A staged row's value for a persons column (a row without a birth date stages no precision). */
const fromStaged = (c: string) => (c === 'birth_date_precision' ? `coalesce(${c}, 'day')` : c);

/** Rows of one batch that will be written with `action` (valid rows only: errors never go in). */
const rowsOf = (action: string) => `FROM member_import_rows r JOIN member_imports i ON i.id = r.import_id
  WHERE r.import_id = $1 AND r.row_no >= $2 AND r.row_no < $3 AND NOT r.has_errors AND ${effectiveAction} = '${action}'`;

async function writeBatch(tx: Tx, importId: number, unitId: number, from: number, to: number): Promise<void> {
  const p = [importId, from, to];
  const admitted = 'coalesce(r.admitted_on, i.admitted_on)';
  // New people, their memberships and cards in one statement. Ids are drawn up front and
  // persons.unit_id / member_status / membership_id are written already in sync, so the membership
  // trigger finds nothing to update (no second audited version of each person).
  await tx.query(
    `WITH src AS MATERIALIZED (
       SELECT r.*, ${admitted} AS admitted, nextval(pg_get_serial_sequence('persons', 'id')) AS pid,
              nextval(pg_get_serial_sequence('memberships', 'id')) AS mid
       ${rowsOf('create')}),
     np AS (
       INSERT INTO persons (id, unit_id, member_status, membership_id, nationality, ${personColumns.join(', ')})
       SELECT pid, ${unitId}, 'active', mid, coalesce(nationality, 'VN'), ${personColumns.map(fromStaged).join(', ')}
         FROM src),
     nm AS (
       INSERT INTO memberships (id, person_id, unit_id, admitted_on, card_number, card_issued_on)
       SELECT mid, pid, ${unitId}, admitted, card_number, CASE WHEN card_number IS NOT NULL THEN admitted END FROM src)
     INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on, reason)
     SELECT mid, ${unitId}, card_number, admitted, 'admission' FROM src WHERE card_number IS NOT NULL`,
    p,
  );
  // Known people: the file's values win where it has one.
  const sets = personColumns
    .filter((c) => !['family_name', 'middle_name', 'given_name', 'full_name', 'sort_key'].includes(c))
    .map((c) => `${c} = coalesce(r.${c}, p.${c})`)
    .join(', ');
  await tx.query(
    `UPDATE persons p SET family_name = r.family_name, middle_name = r.middle_name, given_name = r.given_name,
            full_name = r.full_name, sort_key = r.sort_key, nationality = coalesce(r.nationality, p.nationality),
            ${sets}, updated_at = now()
     ${rowsOf('update')} AND p.id = r.match_person_id`,
    p,
  );
  // Known people who hold no membership now are admitted again (re-admission).
  await tx.query(
    `WITH m AS (
       INSERT INTO memberships (person_id, unit_id, admitted_on, card_number, card_issued_on)
       SELECT r.match_person_id, ${unitId}, ${admitted}, r.card_number,
              CASE WHEN r.card_number IS NOT NULL THEN ${admitted} END
       ${rowsOf('update')}
         AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.person_id = r.match_person_id
                          AND o.status IN ('active', 'in_transit'))
       RETURNING id, unit_id, card_number, admitted_on)
     INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on, reason)
     SELECT id, unit_id, card_number, admitted_on, 'admission' FROM m WHERE card_number IS NOT NULL`,
    p,
  );
}

/** Declared with its kind in module.ts. */
export const commitImportJob: JobHandler = async (job, io) => {
  const actor = requireActor(io.ctx);
  const importId = Number(job.input.importId);
  try {
    return await io.ctx.tx('member_import.commit', async (tx) => {
      const record = await importInScope(tx, actor, importId, true);
      // A rerun after a crash finds either nothing written (the transaction rolled back) or the
      // committed import, whose result it returns again.
      if (record.status === 'committed') return { importId, ...record.stats, rerun: true };
      await tx.query('ANALYZE member_import_rows');
      await rematchCccd(tx, actor, record, scopeFor(actor, Permission.MemberWrite));
      const before = await importStats(tx, importId);
      if (record.mode === 'all_or_nothing' && before.withErrors > 0) {
        throw new AppError('IMPORT_HAS_ERRORS', { count: before.withErrors });
      }
      const { rows } = await tx.query<{ lo: number; hi: number; n: number }>(
        'SELECT min(row_no) AS lo, max(row_no) AS hi, count(*)::int AS n FROM member_import_rows WHERE import_id = $1',
        [importId],
      );
      const { lo, hi, n } = rows[0]!;
      await io.progress(0, n);
      for (let from = lo; from <= hi; from += BATCH) {
        await writeBatch(tx, importId, record.unit.id, from, from + BATCH);
        const done = await tx.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM member_import_rows WHERE import_id = $1 AND row_no < $2',
          [importId, from + BATCH],
        );
        await io.progress(done.rows[0]!.n, n);
      }
      await tx.query(
        `UPDATE member_import_rows r SET result = CASE WHEN r.has_errors THEN 'failed'
              ELSE (CASE ${effectiveAction} WHEN 'create' THEN 'created' WHEN 'update' THEN 'updated' ELSE 'skipped' END) END
           FROM member_imports i WHERE i.id = r.import_id AND r.import_id = $1`,
        [importId],
      );
      const stats = {
        ...before,
        created: before.toCreate,
        updated: before.toUpdate,
        skipped: before.toSkip,
        failed: before.withErrors,
      };
      await tx.query(`UPDATE member_imports SET status = 'committed', stats = $2, updated_at = now() WHERE id = $1`, [
        importId,
        JSON.stringify(stats),
      ]);
      return {
        importId,
        ...stats,
        ...(record.errorFileKey && before.withErrors
          ? {
              fileKey: record.errorFileKey,
              fileName: `${record.fileName.replace(/\.(xlsx|csv)$/i, '')} - dong loi.xlsx`,
            }
          : {}),
      };
    });
  } catch (error) {
    // Nothing was written; the import goes back to "checked" so the user can choose again.
    await io.ctx.tx('member_import.commit_failed', (tx) =>
      tx.query(
        `UPDATE member_imports SET status = 'checked', updated_at = now() WHERE id = $1 AND status <> 'committed'`,
        [importId],
      ),
    );
    await recordRefusedImportCheck(io.ctx, actor, importId, error);
    throw error;
  }
};
// The result carries the check's error file.
