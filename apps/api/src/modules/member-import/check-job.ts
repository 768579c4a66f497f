import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import {
  AppError,
  Permission,
  isListEnd,
  parsePartialIso,
  validateImportRow,
  vietnameseSortKey,
  type ImportField,
  type RowIssue,
} from '@congdoan/domain';
import { scopeFor, type Actor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import type { JobHandler } from '../jobs';
import { importInScope, type ImportRecord } from './member-import.queries';
import { EXISTENCE_CHECKS_PER_HOUR, spendChecks, stagedPersonColumns } from '../members';
import { matchKnownPersons } from './match-persons';
import { importStats } from './import-rows.queries';
import { writeRowsFile } from './error-file';
import { withSpreadsheet } from '../../kit/spreadsheet/open-spreadsheet';
import { decodedSpreadsheet, readAs } from '../../kit/spreadsheet/decoded-spreadsheet';
import { copyValue } from '../../db/copy-text';

const copyColumns = [
  'import_id',
  'row_no',
  'raw',
  // persons' columns in persons' order: the values below follow it
  ...stagedPersonColumns,
  'admitted_on',
  'card_number',
  'errors',
  'warnings',
  'has_errors',
];

type Cells = (string | number | boolean | null)[];

/** Columns a kind of list stages besides the person's (a nomination's reason, category, amount). */
export type ExtraColumns = {
  /** False for lists whose people come from the registry (birth date and gender may be left out). */
  requireBirthAndGender?: boolean;
  columns: string[];
  read: (cells: Cells, fields: (ImportField | null)[]) => { values: unknown[]; errors: RowIssue[] };
};

/** Read, validate and stage every row with COPY; returns how many rows were staged (exported for bench/). */
export async function stageRows(
  tx: Tx,
  importId: number,
  source: AsyncIterable<{ rowNumber: number; cells: Cells; formulas?: number[] }>,
  fields: (ImportField | null)[],
  dataStart: number,
  progress: (done: number) => Promise<void>,
  now: Date,
  extra?: ExtraColumns,
): Promise<number> {
  let staged = 0;
  const mapped = fields.map((f, c) => (f ? c : -1)).filter((c) => c >= 0);
  async function* lines() {
    let batch = '';
    for await (const row of source) {
      if (row.rowNumber < dataStart) continue;
      if (isListEnd(row.cells, fields)) break; // the date line and signatures under the list
      if (mapped.every((c) => row.cells[c] === null || row.cells[c] === undefined || row.cells[c] === '')) continue;
      const {
        person: p,
        errors,
        warnings,
      } = validateImportRow(row.cells, fields, {
        today: now,
        formulas: row.formulas,
        requireBirthAndGender: extra?.requireBirthAndGender,
      });
      const more = extra?.read(row.cells, fields) ?? { values: [], errors: [] };
      errors.push(...more.errors);
      const sortKey = p.givenName ? vietnameseSortKey(p) : '';
      // "1992" is staged as 1992-01-01 + 'year' (persons' own columns), never as a full date.
      const birth = p.birthDate ? parsePartialIso(p.birthDate) : null;
      const values = [
        importId,
        row.rowNumber,
        row.cells,
        p.familyName,
        p.middleName,
        p.givenName,
        p.fullName,
        sortKey,
        p.gender,
        birth?.date ?? null,
        birth?.precision ?? null,
        p.cccd,
        p.oldIdNumber,
        p.phone,
        p.email,
        p.ethnicity,
        p.permanentAddress,
        p.currentAddress,
        p.occupation,
        p.employer,
        p.educationLevel,
        p.nationality,
        p.passportNo,
        p.admittedOn,
        p.cardNumber,
        ...more.values,
        errors,
        warnings,
        errors.length > 0,
      ];
      batch += values.map(copyValue).join('\t') + '\n';
      staged++;
      if (staged % 500 === 0) {
        yield batch;
        batch = '';
        await progress(staged);
      }
    }
    if (batch) yield batch;
  }
  const columns = [...copyColumns.slice(0, -3), ...(extra?.columns ?? []), ...copyColumns.slice(-3)];
  const copy = tx.query(copyFrom(`COPY member_import_rows (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(lines()), copy);
  return staged;
}

/**
 * A check that failed leaves nothing half-written: the import is 'failed' and the rows staged in their own
 * transaction (stageImportFile) are gone with the rest. Shared by member and nomination lists.
 */
export async function markCheckFailed(ctx: Ctx, action: string, importId: number): Promise<void> {
  await ctx.tx(action, async (tx) => {
    await tx.query(`UPDATE member_imports SET status = 'failed', updated_at = now() WHERE id = $1`, [importId]);
    await tx.query('DELETE FROM member_import_rows WHERE import_id = $1', [importId]);
  });
}

/** After a run refused for the limit rolled back: record the refusal (it spends the rest of the hour). */
export async function recordRefusedImportCheck(ctx: Ctx, actor: Actor, importId: number, error: unknown) {
  if (!(error instanceof AppError) || error.code !== 'EXISTENCE_CHECK_LIMIT') return;
  await ctx.tx('member_import.existence_check_refused', async (tx) => {
    const { rows } = await tx.query<{ unitId: number }>(
      'SELECT unit_id AS "unitId" FROM member_imports WHERE id = $1',
      [importId],
    );
    const numbers = EXISTENCE_CHECKS_PER_HOUR + 1;
    await spendChecks(tx, actor, { kind: 'import', unitId: rows[0]?.unitId ?? null, numbers, foundElsewhere: 0 });
  });
}

/** Append the issue each row of `sql` (row_no, issue) names to that row's errors or warnings. */
export async function addRowIssues(
  tx: Tx,
  importId: number,
  kind: 'errors' | 'warnings',
  sql: string,
  params: unknown[] = [],
): Promise<void> {
  await tx.query(
    `WITH hit AS (${sql})
     UPDATE member_import_rows r SET ${kind} = r.${kind} || jsonb_build_array(hit.issue)
            ${kind === 'errors' ? ', has_errors = true' : ''}
       FROM hit WHERE r.import_id = $1 AND r.row_no = hit.row_no`,
    [importId, ...params],
  );
}

/** Rows repeating an earlier row's value of `column` (SQL for addRowIssues; `from` names the first row). */
export const duplicatesInFile = (column: string, code: string, field: string) => `
    SELECT row_no, jsonb_build_object('code', '${code}', 'field', '${field}', 'from', first::text) AS issue
      FROM (SELECT row_no, first_value(row_no) OVER (PARTITION BY ${column} ORDER BY row_no) AS first
              FROM member_import_rows WHERE import_id = $1 AND ${column.split(',')[0]} IS NOT NULL
               AND NOT has_errors) d
     WHERE first <> row_no`;

/**
 * Read the import's file as the mapping step showed it (sheet, encoding, header, fields) and stage every
 * row, in a transaction of its own; IMPORT_EMPTY when no row has data. Then fresh statistics in a second short
 * one, or the planner takes 100,000 just-copied rows for a few hundred. ANALYZE holds member_import_rows' SHARE
 * UPDATE EXCLUSIVE lock to its transaction's end: inside the check it made every other import in the country
 * wait for this one (issue 12; concurrent-imports.test). Staged rows are scratch: a rerun stages them again.
 * `load` locks and returns the import (with the extra columns of its kind). Shared by member and nomination lists.
 */
export async function stageImportFile(
  io: Parameters<JobHandler>[1],
  action: string,
  load: (tx: Tx) => Promise<{ record: ImportRecord; extra?: ExtraColumns }>,
): Promise<number> {
  const staged = await io.ctx.tx(action, async (tx) => {
    const { record, extra } = await load(tx);
    await tx.query('DELETE FROM member_import_rows WHERE import_id = $1', [record.id]);
    const n = await withSpreadsheet(io.files, record.fileKey, record.fileKind, async (raw) => {
      // Read the rows the way the mapping step showed them (the encoding found or chosen then).
      const sheet = decodedSpreadsheet(raw, { known: { [record.sheetIndex]: readAs(record.encoding) } });
      if (!sheet.sheets[record.sheetIndex]) throw new AppError('IMPORT_SHEET_NOT_FOUND');
      return stageRows(
        tx,
        record.id,
        sheet.rows(record.sheetIndex),
        record.fields,
        record.dataStart ?? (record.headerRow ?? 0) + 1,
        (done) => io.progress(done),
        io.ctx.now(),
        extra,
      );
    });
    if (n === 0) throw new AppError('IMPORT_EMPTY');
    return n;
  });
  await io.ctx.tx(action, (tx) => tx.query('ANALYZE member_import_rows'));
  return staged;
}

/** Findings that need all rows or the database: duplicates in the file, matches, taken card numbers. */
async function crossCheck(tx: Tx, actor: Actor, record: ImportRecord, scope: string[]): Promise<void> {
  const importId = record.id;
  const unitId = record.unit.id;
  const addIssue = (kind: 'errors' | 'warnings', sql: string, params: unknown[] = []) =>
    addRowIssues(tx, importId, kind, sql, params);
  const duplicates = duplicatesInFile;
  await addIssue('errors', duplicates('cccd', 'duplicate_in_file', 'cccd'));
  await addIssue('errors', duplicates('card_number', 'duplicate_in_file', 'cardNumber'));
  await addIssue('warnings', duplicates('phone', 'duplicate_in_file', 'phone'));
  await addIssue(
    'warnings',
    duplicates('birth_date, birth_date_precision, full_name', 'possible_duplicate_in_file', 'name'),
  );
  await matchKnownPersons(tx, actor, record, scope);
  // Probable: same folded name and birth date in the same grassroots union.
  await tx.query(
    `UPDATE member_import_rows r SET match_person_id = p.id, match_kind = 'probable', match_name = p.full_name
       FROM persons p
      WHERE r.import_id = $1 AND r.match_person_id IS NULL AND NOT r.has_errors AND p.unit_id = $2
        AND p.birth_date = r.birth_date AND p.birth_date_precision = r.birth_date_precision AND p.merged_into_id IS NULL
        AND immutable_unaccent(lower(p.full_name)) = immutable_unaccent(lower(r.full_name))`,
    [importId, unitId],
  );
  await addIssue(
    'errors',
    `SELECT r.row_no, jsonb_build_object('code', 'card_number_taken', 'field', 'cardNumber') AS issue
       FROM member_import_rows r
      WHERE r.import_id = $1 AND r.card_number IS NOT NULL
        AND EXISTS (SELECT 1 FROM member_cards c JOIN memberships m ON m.id = c.membership_id
                     WHERE c.card_number = r.card_number AND m.person_id IS DISTINCT FROM r.match_person_id)`,
  );
}

/** Declared with its kind in module.ts. */
export const checkImportJob: JobHandler = async (job, io) => {
  const actor = requireActor(io.ctx);
  const importId = Number(job.input.importId);
  try {
    const staged = await stageImportFile(io, 'member_import.check', async (tx) => ({
      record: await importInScope(tx, actor, importId, true),
    }));
    return await io.ctx.tx('member_import.check', async (tx) => {
      const record = await importInScope(tx, actor, importId, true);
      await crossCheck(tx, actor, record, scopeFor(actor, Permission.MemberWrite));
      const stats = await importStats(tx, importId);
      const errorFile = stats.withErrors ? await writeRowsFile(tx, io.files, record, 'errors') : null;
      await tx.query(
        `UPDATE member_imports SET status = 'checked', stats = $2, error_file_key = $3, updated_at = now() WHERE id = $1`,
        [importId, JSON.stringify(stats), errorFile?.fileKey ?? null],
      );
      await io.progress(staged, staged);
      return { importId, ...stats, ...(errorFile ?? {}) };
    });
  } catch (error) {
    await markCheckFailed(io.ctx, 'member_import.check_failed', importId);
    await recordRefusedImportCheck(io.ctx, actor, importId, error);
    throw error;
  }
};
// The error file repeats the uploaded rows, CCCDs and phones included; the import itself needs member.write.
