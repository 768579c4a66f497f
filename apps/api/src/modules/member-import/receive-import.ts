import { z } from 'zod';
import { AppError, importFieldsFor, Permission, todayVN, type MemberImport } from '@congdoan/domain';
import { actorUserId } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { FileStore } from '../../storage/file-store';
import type { receiveUpload, StoredUpload } from '../../storage/upload';
import { newFileKey } from '../../storage/file-store';
import { grassrootsUnitInScope } from '../members';
import { detectFirstSheet } from './detect-sheet';
import { importInScope, publicImport, savedMapping } from './member-import.queries';
import { withSpreadsheet } from '../../kit/spreadsheet/open-spreadsheet';
import { decodedSpreadsheet } from '../../kit/spreadsheet/decoded-spreadsheet';

const jsonUpload = z.object({ fileName: z.string().min(1).max(255), contentBase64: z.string().min(1) });

export const MAX_IMPORT_BYTES = 50 * 2 ** 20;

/** What a member list upload may be (the route reads multipart with these). */
export const importUploadRules: Parameters<typeof receiveUpload>[2] = {
  allowed: ['xlsx', 'csv'],
  maxBytes: MAX_IMPORT_BYTES,
  prefix: 'imports',
};

/** A small file sent as JSON (scripts, the CLI, API clients): same checks as a multipart upload. */
export async function receiveJsonUpload(body: unknown, files: FileStore): Promise<StoredUpload> {
  const parsed = jsonUpload.safeParse(body);
  if (!parsed.success) throw new AppError('FILE_REQUIRED');
  const fileName = parsed.data.fileName.normalize('NFC');
  const kind = /\.csv$/i.test(fileName) ? 'csv' : /\.xlsx$/i.test(fileName) ? 'xlsx' : null;
  const data = Buffer.from(parsed.data.contentBase64, 'base64');
  const pk = data.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (!kind || (kind === 'xlsx' && !pk) || (kind === 'csv' && data.subarray(0, 512).includes(0))) {
    throw new AppError('FILE_TYPE_NOT_ALLOWED', { allowed: 'xlsx, csv' });
  }
  if (data.length === 0) throw new AppError('FILE_REQUIRED');
  const key = newFileKey('imports', kind);
  await files.put(key, data);
  return { key, fileName, kind, size: data.length };
}

/** What kind of list an upload is: a member list, or a welfare programme's nominations. */
export type ImportList = {
  purpose: MemberImport['purpose'];
  programmeId: number | null;
};

/** The grassroots union a member list is for, checked before any byte of the file is read. */
export async function importTarget(ctx: Ctx, unitId: number): Promise<{ id: number }> {
  return grassrootsUnitInScope(ctx.pool, requireActor(ctx), Permission.MemberWrite, unitId);
}

/**
 * A received member list for a grassroots union (see importTarget): read its sheets, find the header and
 * propose a mapping (the unit's remembered one first). A file we cannot read is refused and removed.
 */
export async function receiveImport(
  ctx: Ctx,
  files: FileStore,
  unit: { id: number },
  upload: StoredUpload,
  list: ImportList = { purpose: 'members', programmeId: null },
): Promise<MemberImport> {
  const actor = requireActor(ctx);
  const kind = upload.kind as 'xlsx' | 'csv';
  try {
    const saved = await savedMapping(ctx.pool, unit.id);
    const { sheets, detection } = await withSpreadsheet(files, upload.key, kind, async (raw) => {
      const sheet = decodedSpreadsheet(raw);
      const detection = await detectFirstSheet(sheet, saved);
      // Only the columns this kind of list has are proposed (a member list has no "reason").
      detection.fields = detection.fields.map((f) => (f && importFieldsFor(list.purpose).includes(f) ? f : null));
      return { sheets: sheet.sheets, detection }; // names as read (legacy ones converted)
    });
    const id = await ctx.tx('member_import.upload', async (tx) => {
      const { rows } = await tx.query<{ id: number }>(
        `INSERT INTO member_imports (unit_id, created_by, file_key, file_name, file_kind, sheets, sheet_index,
                                     header_row, data_start, headers, fields, sample, admitted_on, encoding,
                                     purpose, programme_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
        [
          unit.id,
          actorUserId(actor),
          upload.key,
          upload.fileName,
          kind,
          JSON.stringify(sheets),
          detection.sheetIndex,
          detection.headerRow,
          detection.dataStart,
          JSON.stringify(detection.headers),
          JSON.stringify(detection.fields),
          JSON.stringify(detection.sample),
          // today in Vietnam (the admission date for rows without one)
          todayVN(ctx.now()),
          JSON.stringify(detection.encoding),
          list.purpose,
          list.programmeId,
        ],
      );
      return rows[0]!.id;
    });
    return publicImport(await importInScope(ctx.pool, actor, id));
  } catch (error) {
    await files.remove(upload.key);
    throw error;
  }
}
