import { AppError, Permission } from '@congdoan/domain';
import { scopeFor } from '../../http/actor';
import { requireActor } from '../../http/context';
import type { Tx } from '../../db/tx';
import { defineJob } from '../jobs/job-registry';
import { importInScope } from './member-import.queries';
import { effectiveAction, importStats } from './import-rows.queries';
import { rematchCccd } from './check-job';

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
  'cccd',
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

/** Rows of one batch that will be written with `action` (valid rows only: errors never go in). */
const rowsOf = (action: string) => `FROM member_import_rows r JOIN member_imports i ON i.id = r.import_id
  WHERE r.import_id = $1 AND r.row_no >= $2 AND r.row_no < $3 AND NOT r.has_errors AND ${effectiveAction} = '${action}'`;

async function writeBatch(tx: Tx, importId: number, unitId: number, from: number, to: number): Promise<void> {
  const p = [importId, from, to];
  // New people: ids drawn first so the membership rows can point at them without a lookup.
  await tx.query(
    `UPDATE member_import_rows r SET new_person_id = nextval(pg_get_serial_sequence('persons', 'id')),
            new_membership_id = nextval(pg_get_serial_sequence('memberships', 'id'))
       FROM member_imports i WHERE i.id = r.import_id AND r.import_id = $1 AND r.row_no >= $2 AND r.row_no < $3
        AND NOT r.has_errors AND ${effectiveAction} = 'create'`,
    p,
  );
  // unit_id, member_status and membership_id are set up front, so the membership trigger finds the
  // person already in sync and writes no second version of 100,000 rows.
  await tx.query(
    `INSERT INTO persons (id, unit_id, member_status, membership_id, nationality, ${personColumns.join(', ')})
     SELECT r.new_person_id, ${unitId}, 'active', r.new_membership_id, coalesce(r.nationality, 'VN'), ${personColumns.map((c) => `r.${c}`).join(', ')}
     ${rowsOf('create')}`,
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
  // Memberships: every new person, and known people who hold no membership now (re-admission).
  await tx.query(
    `WITH m AS (
       INSERT INTO memberships (id, person_id, unit_id, admitted_on, card_number, card_issued_on)
       SELECT coalesce(r.new_membership_id, nextval(pg_get_serial_sequence('memberships', 'id'))),
              coalesce(r.new_person_id, r.match_person_id), ${unitId}, coalesce(r.admitted_on, i.admitted_on),
              r.card_number, CASE WHEN r.card_number IS NULL THEN NULL ELSE coalesce(r.admitted_on, i.admitted_on) END
         FROM member_import_rows r JOIN member_imports i ON i.id = r.import_id
        WHERE r.import_id = $1 AND r.row_no >= $2 AND r.row_no < $3 AND NOT r.has_errors
          AND (${effectiveAction} = 'create'
               OR (${effectiveAction} = 'update' AND NOT EXISTS (
                     SELECT 1 FROM memberships o WHERE o.person_id = r.match_person_id AND o.status IN ('active', 'in_transit'))))
       RETURNING id, person_id, unit_id, card_number, admitted_on)
     INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on, reason)
     SELECT id, unit_id, card_number, admitted_on, 'admission' FROM m WHERE card_number IS NOT NULL`,
    p,
  );
}

defineJob('member_import.commit', async (job, io) => {
  const actor = requireActor(io.ctx);
  const importId = Number(job.input.importId);
  try {
    return await io.ctx.tx('member_import.commit', async (tx) => {
      const record = await importInScope(tx, actor, importId, true);
      // A rerun after a crash finds either nothing written (the transaction rolled back) or the
      // committed import, whose result it returns again.
      if (record.status === 'committed') return { importId, ...record.stats, rerun: true };
      await rematchCccd(tx, importId, scopeFor(actor, Permission.MemberWrite));
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
    throw error;
  }
});
