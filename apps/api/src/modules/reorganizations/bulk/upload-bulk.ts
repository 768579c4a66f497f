import { AppError, Permission, type BulkPreview, todayVN } from '@congdoan/domain';
import { actorUserId } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import type { FileStore } from '../../../storage/file-store';
import { getUnit } from '../../org-units';
import { membersMoved } from '../reorganize';
import { runOrPreview } from '../run-or-preview';
import { findBulk, parseStored, toPreview } from './bulk.queries';
import { runBulk } from './run-bulk';

/**
 * A stored mapping file becomes a previewed bulk restructuring: parsed (streaming), run as a dry run
 * in a transaction that is rolled back, and saved with every change and conflict for the person to
 * review before applying. Codes are looked up only inside `unitId`'s subtree.
 */
export async function previewBulk(
  ctx: Ctx,
  files: FileStore,
  input: { unitId: number; effectiveOn: string; fileKey: string; fileName: string },
): Promise<BulkPreview> {
  const actor = requireActor(ctx);
  const unit = await getUnit(ctx, input.unitId, Permission.OrgWrite);
  let parsed;
  try {
    parsed = await parseStored(files, input.fileKey);
  } catch (error) {
    await files.remove(input.fileKey);
    throw error;
  }
  const today = todayVN(ctx.now());
  const outcome = await runOrPreview(ctx, 'reorganization.bulk', true, (tx) =>
    runBulk(tx, parsed.rows, { effectiveOn: input.effectiveOn, today, reorganizationId: null, scopes: [unit.path] }),
  );
  const conflicts = [...parsed.conflicts, ...outcome.conflicts].sort((a, b) => a.row - b.row);
  const preview = {
    rows: parsed.rows.length,
    changes: outcome.changes,
    conflicts,
    membersMoved: membersMoved(outcome.changes),
  };
  const id = await ctx.tx('reorganization.bulk_upload', async (tx) => {
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO bulk_restructurings (unit_id, file_key, file_name, status, effective_on, preview, created_by)
       VALUES ($1, $2, $3, 'previewed', $4, $5, $6) RETURNING id`,
      [unit.id, input.fileKey, input.fileName, input.effectiveOn, JSON.stringify(preview), actorUserId(actor)],
    );
    return rows[0]!.id;
  });
  if (!id) throw new AppError('INTERNAL');
  return toPreview(await findBulk(ctx, id));
}
