import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, scopeFor, type Actor } from '../../context/actor';
import { requireActor } from '../../context/context';
import type { Tx } from '../../db/tx';
import type { JobHandler } from '../jobs';
import { importInScope } from './member-import.queries';
import { effectiveAction, importStats } from './import-rows.queries';
import { recordRefusedImportCheck } from './check-job';
import { matchKnownPersons } from './match-persons';
import { fillableColumns, nameColumns } from './person-columns';
import { writeRowsFile } from './error-file';

const BATCH = 5_000;

// persons columns filled from a staged row (same names on both sides). A birth date's precision goes with
// it: written on creation here, and filled or overwritten together with the date below.
const personColumns = [...nameColumns, ...fillableColumns.filter((c) => c !== 'nationality'), 'birth_date_precision'];

/** A staged row's value for a persons column (a row without a birth date stages no precision). */
const fromStaged = (c: string) => (c === 'birth_date_precision' ? `coalesce(${c}, 'day')` : c);

/** Rows of one batch that will be written with `action` (valid rows only: errors never go in). */
const rowsOf = (action: string) => `FROM member_import_rows r JOIN member_imports i ON i.id = r.import_id
  WHERE r.import_id = $1 AND r.row_no >= $2 AND r.row_no < $3 AND NOT r.has_errors AND ${effectiveAction} = '${action}'`;

async function writeBatch(tx: Tx, actor: Actor, importId: number, unitId: number, from: number, to: number) {
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
       SELECT mid, pid, ${unitId}, admitted, card_number, CASE WHEN card_number IS NOT NULL THEN admitted END FROM src),
     ids AS (
       UPDATE member_import_rows x SET result_person_id = src.pid FROM src
        WHERE x.import_id = src.import_id AND x.row_no = src.row_no)
     INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on, reason)
     SELECT mid, ${unitId}, card_number, admitted, 'admission' FROM src WHERE card_number IS NOT NULL`,
    p,
  );
  // Known people, by default: the registry's values stay, the file only fills empty fields.
  await tx.query(
    `UPDATE persons p SET ${fillableColumns.map((c) => `${c} = coalesce(p.${c}, r.${c})`).join(', ')},
            birth_date_precision = CASE WHEN p.birth_date IS NULL AND r.birth_date IS NOT NULL
                                        THEN r.birth_date_precision ELSE p.birth_date_precision END,
            updated_at = now()
     ${rowsOf('update')} AND p.id = r.match_person_id AND NOT r.match_outside
       AND (${fillableColumns.map((c) => `(p.${c} IS NULL AND r.${c} IS NOT NULL)`).join(' OR ')})`,
    p,
  );
  // Known people, when the user chose so explicitly: the file's values win where it has one.
  await tx.query(
    `UPDATE persons p SET family_name = r.family_name, middle_name = r.middle_name, given_name = r.given_name,
            full_name = r.full_name, sort_key = r.sort_key,
            ${fillableColumns.map((c) => `${c} = coalesce(r.${c}, p.${c})`).join(', ')},
            birth_date_precision = CASE WHEN r.birth_date IS NOT NULL THEN r.birth_date_precision
                                        ELSE p.birth_date_precision END,
            updated_at = now()
     ${rowsOf('overwrite')} AND p.id = r.match_person_id AND NOT r.match_outside`,
    p,
  );
  await tx.query(
    `UPDATE member_import_rows r SET result_person_id = r.match_person_id
       FROM member_imports i WHERE i.id = r.import_id AND r.import_id = $1 AND r.row_no >= $2 AND r.row_no < $3
        AND NOT r.has_errors AND NOT r.match_outside AND ${effectiveAction} IN ('update', 'overwrite')`,
    p,
  );
  // Known people who hold no membership now are admitted again (re-admission).
  await tx.query(
    `WITH m AS (
       INSERT INTO memberships (person_id, unit_id, admitted_on, card_number, card_issued_on)
       SELECT r.match_person_id, ${unitId}, ${admitted}, r.card_number,
              CASE WHEN r.card_number IS NOT NULL THEN ${admitted} END
       ${rowsOf('update')} AND NOT r.match_outside
         AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.person_id = r.match_person_id
                          AND o.status IN ('active', 'in_transit'))
       UNION ALL
       SELECT r.match_person_id, ${unitId}, ${admitted}, r.card_number,
              CASE WHEN r.card_number IS NOT NULL THEN ${admitted} END
       ${rowsOf('overwrite')} AND NOT r.match_outside
         AND NOT EXISTS (SELECT 1 FROM memberships o WHERE o.person_id = r.match_person_id
                          AND o.status IN ('active', 'in_transit'))
       RETURNING id, unit_id, card_number, admitted_on)
     INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on, reason)
     SELECT id, unit_id, card_number, admitted_on, 'admission' FROM m WHERE card_number IS NOT NULL`,
    p,
  );
  await requestTransfers(tx, actor, p);
}

/**
 * Rows whose person is held by another union ask that union for a transfer (one pending request per
 * person and union: a second import links the row to the request already waiting).
 */
async function requestTransfers(tx: Tx, actor: Actor, p: unknown[]): Promise<void> {
  await tx.query(
    `INSERT INTO transfer_requests (person_id, unit_id, to_unit_id, requested_name, reason, requested_by, import_id,
                                    import_row_no)
     SELECT r.match_person_id, m.unit_id, i.unit_id, r.full_name,
            'Nhập danh sách "' || i.file_name || '", dòng ' || r.row_no, $4, r.import_id, r.row_no
       FROM member_import_rows r JOIN member_imports i ON i.id = r.import_id
       JOIN memberships m ON m.person_id = r.match_person_id AND m.status IN ('active', 'in_transit')
      WHERE r.import_id = $1 AND r.row_no >= $2 AND r.row_no < $3 AND NOT r.has_errors
        AND ${effectiveAction} = 'transfer' AND m.unit_id <> i.unit_id
     ON CONFLICT (person_id, to_unit_id) WHERE status = 'pending' DO NOTHING`,
    [...p, actorUserId(actor)],
  );
  await tx.query(
    `UPDATE member_import_rows r SET transfer_request_id = t.id
       FROM member_imports i, transfer_requests t
      WHERE i.id = r.import_id AND r.import_id = $1 AND r.row_no >= $2 AND r.row_no < $3 AND NOT r.has_errors
        AND ${effectiveAction} = 'transfer'
        AND t.person_id = r.match_person_id AND t.to_unit_id = i.unit_id AND t.status = 'pending'`,
    p,
  );
}

const resultOf = `CASE WHEN r.has_errors THEN 'failed' ELSE (CASE ${effectiveAction}
  WHEN 'create' THEN 'created' WHEN 'update' THEN 'updated' WHEN 'overwrite' THEN 'overwritten'
  WHEN 'transfer' THEN (CASE WHEN r.transfer_request_id IS NOT NULL THEN 'transfer_requested' ELSE 'skipped' END)
  ELSE 'skipped' END) END`;

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
      await matchKnownPersons(tx, actor, record, scopeFor(actor, Permission.MemberWrite));
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
        await writeBatch(tx, actor, importId, record.unit.id, from, from + BATCH);
        const done = await tx.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM member_import_rows WHERE import_id = $1 AND row_no < $2',
          [importId, from + BATCH],
        );
        await io.progress(done.rows[0]!.n, n);
      }
      await tx.query(
        `UPDATE member_import_rows r SET result = ${resultOf}
           FROM member_imports i WHERE i.id = r.import_id AND r.import_id = $1`,
        [importId],
      );
      const { rows: done } = await tx.query<Record<string, number>>(
        `SELECT ${['created', 'updated', 'overwritten', 'skipped', 'failed']
          .map((r) => `count(*) FILTER (WHERE result = '${r}')::int AS "${r}"`)
          .join(', ')}, count(*) FILTER (WHERE result = 'transfer_requested')::int AS "transferRequested"
           FROM member_import_rows WHERE import_id = $1`,
        [importId],
      );
      const stats = { ...before, ...done[0] };
      // Every row with what became of it and the person's id: the officer's record of the import.
      const resultFile = await writeRowsFile(tx, io.files, record, 'result');
      await tx.query(`UPDATE member_imports SET status = 'committed', stats = $2, updated_at = now() WHERE id = $1`, [
        importId,
        JSON.stringify(stats),
      ]);
      return {
        importId,
        ...stats,
        ...resultFile,
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
