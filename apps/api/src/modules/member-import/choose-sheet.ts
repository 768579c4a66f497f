import type { MemberImport } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import type { FileStore } from '../../storage/file-store';
import { detectSheet } from './detect-sheet';
import { assertStatus, importInScope, publicImport, savedMapping } from './member-import.queries';
import { withSpreadsheet } from '../../kit/spreadsheet/open-spreadsheet';

/** Switch to another sheet of the file: detect its header again (IMPORT_NO_HEADER on a wrong sheet). */
export async function chooseSheet(ctx: Ctx, files: FileStore, id: number, sheetIndex: number): Promise<MemberImport> {
  const actor = requireActor(ctx);
  const record = await importInScope(ctx.pool, actor, id);
  assertStatus(record, 'uploaded', 'checked', 'failed');
  const saved = await savedMapping(ctx.pool, record.unit.id);
  const d = await withSpreadsheet(files, record.fileKey, record.fileKind, (sheet) =>
    detectSheet(sheet, sheetIndex, saved),
  );
  await ctx.tx('member_import.choose_sheet', async (tx) => {
    await tx.query(
      `UPDATE member_imports SET sheet_index = $2, header_row = $3, data_start = $4, headers = $5, fields = $6,
              sample = $7, status = 'uploaded', stats = NULL, updated_at = now() WHERE id = $1`,
      [
        id,
        d.sheetIndex,
        d.headerRow,
        d.dataStart,
        JSON.stringify(d.headers),
        JSON.stringify(d.fields),
        JSON.stringify(d.sample),
      ],
    );
    await tx.query('DELETE FROM member_import_rows WHERE import_id = $1', [id]);
  });
  return publicImport(await importInScope(ctx.pool, actor, id));
}
