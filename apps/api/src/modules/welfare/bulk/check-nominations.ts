import { AppError, nominationImportFields, type CheckImportInput, type MemberImport } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../../context/context';
import { enqueueJob } from '../../jobs';
import { assertStatus, publicImport } from '../../member-import';
import { nominationListInScope } from './nomination-list.queries';

type Input = Pick<CheckImportInput, 'sheetIndex' | 'headerRow' | 'dataStart' | 'fields'>;

/** The officer confirmed the columns of a nomination list: queue the job that checks every row. */
export async function checkNominations(ctx: Ctx, id: number, input: Input): Promise<MemberImport> {
  const actor = requireActor(ctx);
  await ctx.tx('welfare_nomination_import.check', async (tx) => {
    const list = await nominationListInScope(tx, actor, id, true);
    assertStatus(list, 'uploaded', 'checked', 'failed');
    const used = input.fields.filter((f) => f !== null);
    if (new Set(used).size !== used.length || used.some((f) => !nominationImportFields.includes(f))) {
      throw new AppError('VALIDATION_FAILED', { field: 'fields' });
    }
    if (!used.some((f) => ['fullName', 'givenName'].includes(f))) throw new AppError('IMPORT_NO_NAME_COLUMN');
    const jobId = await enqueueJob(tx, actor, {
      kind: 'welfare.nomination_import.check',
      input: { importId: id },
      unitId: list.unit.id,
    });
    await tx.query(
      `UPDATE member_imports SET sheet_index = $2, header_row = $3, data_start = $4, fields = $5, status = 'checking',
              stats = NULL, error_file_key = NULL, preview_job_id = $6, updated_at = now()
        WHERE id = $1`,
      [
        id,
        input.sheetIndex,
        input.headerRow,
        input.dataStart ?? input.headerRow + 1,
        JSON.stringify(input.fields),
        jobId,
      ],
    );
  });
  return publicImport(await nominationListInScope(ctx.pool, actor, id));
}
