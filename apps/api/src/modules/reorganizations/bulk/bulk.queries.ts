import { AppError, Permission, type BulkPreview } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import type { FileStore } from '../../../storage/file-store';
import { withSpreadsheet } from '../../../kit/spreadsheet/open-spreadsheet';
import { decodedSpreadsheet } from '../../../kit/spreadsheet/decoded-spreadsheet';
import { bulkReadError, parseMapping, type Parsed } from './parse-mapping';

export const bulkColumns = `b.id::int, b.status, b.file_name AS "fileName", to_char(b.effective_on, 'YYYY-MM-DD') AS "effectiveOn",
  b.preview, b.job_id::int AS "jobId", b.reorganization_id::int AS "reorganizationId", b.file_key AS "fileKey",
  b.unit_id::int AS "unitId", u.path::text AS "unitPath"`;

export type BulkRow = {
  id: number;
  status: BulkPreview['status'];
  fileName: string;
  effectiveOn: string | null;
  preview: Pick<BulkPreview, 'rows' | 'changes' | 'conflicts' | 'membersMoved'>;
  jobId: number | null;
  reorganizationId: number | null;
  fileKey: string;
  unitId: number;
  unitPath: string;
};

export function toPreview(b: BulkRow): BulkPreview {
  return {
    id: b.id,
    status: b.status,
    fileName: b.fileName,
    effectiveOn: b.effectiveOn,
    ...b.preview,
    jobId: b.jobId,
    reorganizationId: b.reorganizationId,
  };
}

/** A bulk restructuring on a unit where the actor holds `permission`; 404 otherwise. */
export async function findBulk(ctx: Ctx, id: number, permission: Permission = Permission.OrgRead): Promise<BulkRow> {
  const scopes = scopeFor(requireActor(ctx), permission);
  const { rows } = await ctx.pool.query<BulkRow>(
    `SELECT ${bulkColumns} FROM bulk_restructurings b JOIN org_units u ON u.id = b.unit_id
      WHERE b.id = $1 AND u.path <@ $2::ltree[]`,
    [id, scopes],
  );
  if (!rows[0]) throw new AppError('BULK_NOT_FOUND', { id });
  return rows[0];
}

/** A stored mapping file through the shared spreadsheet reader (and its limits). */
export async function parseStored(files: FileStore, key: string): Promise<Parsed> {
  try {
    return await withSpreadsheet(files, key, key.endsWith('.xlsx') ? 'xlsx' : 'csv', (sheet) =>
      parseMapping(decodedSpreadsheet(sheet)),
    );
  } catch (error) {
    throw bulkReadError(error);
  }
}
