import {
  AppError,
  foldHeader,
  memberImportFields,
  type CheckImportInput,
  type ImportField,
  type MemberImport,
} from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { enqueueJob } from '../jobs';
import { assertMemberList, assertStatus, importInScope, publicImport } from './member-import.queries';

const nameFields: ImportField[] = ['fullName', 'givenName'];

/**
 * The user confirmed (or changed) the mapping: remember it for the unit, and queue the check job
 * that validates every row and matches it against known people.
 */
export async function checkImport(ctx: Ctx, id: number, input: CheckImportInput): Promise<MemberImport> {
  const actor = requireActor(ctx);
  await ctx.tx('member_import.check', async (tx) => {
    const record = await importInScope(tx, actor, id, true);
    assertMemberList(record);
    assertStatus(record, 'uploaded', 'checked', 'failed');
    if (!input.fields.some((f) => f && nameFields.includes(f))) throw new AppError('IMPORT_NO_NAME_COLUMN');
    const used = input.fields.filter(Boolean);
    if (used.some((f) => !memberImportFields.includes(f!)))
      throw new AppError('VALIDATION_FAILED', { field: 'fields' });
    if (new Set(used).size !== used.length) throw new AppError('VALIDATION_FAILED', { field: 'fields' });
    const headers = record.sheetIndex === input.sheetIndex ? record.headers : [];
    // Remember header → field for this unit's next file (only columns that have a header text).
    const mapping: Record<string, ImportField | null> = {};
    headers.forEach((h, c) => {
      const key = foldHeader(h);
      if (key) mapping[key] = input.fields[c] ?? null;
    });
    if (Object.keys(mapping).length) {
      await tx.query(
        `INSERT INTO member_import_mappings (unit_id, mapping, updated_by) VALUES ($1, $2, $3)
         ON CONFLICT (unit_id) DO UPDATE SET mapping = member_import_mappings.mapping || excluded.mapping,
                updated_by = excluded.updated_by, updated_at = now()`,
        [record.unit.id, JSON.stringify(mapping), actorUserId(actor)],
      );
    }
    const jobId = await enqueueJob(tx, actor, {
      kind: 'member_import.check',
      input: { importId: id },
      unitId: record.unit.id,
    });
    await tx.query(
      `UPDATE member_imports SET sheet_index = $2, header_row = $3, data_start = $4, fields = $5,
              admitted_on = coalesce($6, admitted_on), default_action = coalesce($7, default_action),
              status = 'checking', stats = NULL, error_file_key = NULL, preview_job_id = $8, updated_at = now()
        WHERE id = $1`,
      [
        id,
        input.sheetIndex,
        input.headerRow,
        input.dataStart ?? input.headerRow + 1,
        JSON.stringify(input.fields),
        input.admittedOn ?? null,
        input.defaultAction ?? null,
        jobId,
      ],
    );
  });
  return publicImport(await importInScope(ctx.pool, actor, id));
}
