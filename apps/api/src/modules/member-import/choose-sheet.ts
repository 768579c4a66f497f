import { importFieldsFor, type ImportEncoding, type MemberImport, type TextEncoding } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import type { FileStore } from '../../storage/file-store';
import { detectSheet } from './detect-sheet';
import { assertStatus, importInScope, publicImport, savedMapping } from './member-import.queries';
import { withSpreadsheet } from '../../kit/spreadsheet/open-spreadsheet';
import { decodedSpreadsheet } from '../../kit/spreadsheet/decoded-spreadsheet';

/**
 * Read one sheet of the file again (another sheet, or another encoding): detect its header, store what
 * was found, and go back to the mapping step (checked rows are dropped; they were read the old way).
 */
export async function redetectSheet(
  ctx: Ctx,
  files: FileStore,
  id: number,
  change: { sheetIndex?: number; forced?: TextEncoding | null },
  action: string,
): Promise<MemberImport> {
  const actor = requireActor(ctx);
  const record = await importInScope(ctx.pool, actor, id);
  assertStatus(record, 'uploaded', 'checked', 'failed');
  const saved = await savedMapping(ctx.pool, record.unit.id);
  const sheetIndex = change.sheetIndex ?? record.sheetIndex;
  const forced = change.forced === undefined ? record.encoding.forced : change.forced;
  const { d, sheets } = await withSpreadsheet(files, record.fileKey, record.fileKind, async (raw) => {
    const sheet = decodedSpreadsheet(raw, { forced });
    return { d: await detectSheet(sheet, sheetIndex, saved, forced), sheets: sheet.sheets };
  });
  const encoding: ImportEncoding = d.encoding;
  d.fields = d.fields.map((f) => (f && importFieldsFor(record.purpose).includes(f) ? f : null));
  await ctx.tx(action, async (tx) => {
    await tx.query(
      `UPDATE member_imports SET sheet_index = $2, header_row = $3, data_start = $4, headers = $5, fields = $6,
              sample = $7, encoding = $8, sheets = $9, status = 'uploaded', stats = NULL, updated_at = now()
        WHERE id = $1`,
      [
        id,
        d.sheetIndex,
        d.headerRow,
        d.dataStart,
        JSON.stringify(d.headers),
        JSON.stringify(d.fields),
        JSON.stringify(d.sample),
        JSON.stringify(encoding),
        JSON.stringify(sheets),
      ],
    );
    await tx.query('DELETE FROM member_import_rows WHERE import_id = $1', [id]);
  });
  return publicImport(await importInScope(ctx.pool, actor, id));
}

/** Switch to another sheet of the file: detect its header again (IMPORT_NO_HEADER on a wrong sheet). */
export async function chooseSheet(ctx: Ctx, files: FileStore, id: number, sheetIndex: number): Promise<MemberImport> {
  return redetectSheet(ctx, files, id, { sheetIndex }, 'member_import.choose_sheet');
}
