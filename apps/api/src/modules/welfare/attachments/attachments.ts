import { actorUserId } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import type { FileStore } from '../../../storage/file-store';
import type { StoredUpload } from '../../../storage/upload';
import { assertEditable, attachmentOf, nominationForFiles } from './attachment.queries';

export type Attachment = {
  id: number;
  fileName: string;
  fileKind: string;
  sizeBytes: number;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
};

/** Attach a received file to a nomination (audited with the row). A refused attach removes the file. */
export async function addAttachment(
  ctx: Ctx,
  files: FileStore,
  nominationId: number,
  file: StoredUpload,
  note: string | null,
): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  try {
    return await ctx.tx('welfare_nomination.attach', async (tx) => {
      const n = await nominationForFiles(tx, actor, nominationId, 'write', true);
      assertEditable(n.status);
      const { rows } = await tx.query<{ id: number }>(
        `INSERT INTO welfare_nomination_files (nomination_id, file_key, file_name, file_kind, size_bytes, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [nominationId, file.key, file.fileName, file.kind, file.size, note, actorUserId(actor)],
      );
      return { id: rows[0]!.id };
    });
  } catch (error) {
    await files.remove(file.key);
    throw error;
  }
}

/** The attachments of a nomination, oldest first. */
export async function listAttachments(ctx: Ctx, nominationId: number): Promise<{ items: Attachment[] }> {
  await nominationForFiles(ctx.pool, requireActor(ctx), nominationId, 'read');
  const { rows } = await ctx.pool.query<Attachment>(
    `SELECT f.id, f.file_name AS "fileName", f.file_kind AS "fileKind", f.size_bytes AS "sizeBytes", f.note,
            a.display_name AS "createdBy",
            to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"
       FROM welfare_nomination_files f LEFT JOIN app_users a ON a.id = f.created_by
      WHERE f.nomination_id = $1 ORDER BY f.id`,
    [nominationId],
  );
  return { items: rows };
}

/** One attachment for download; the download itself is audited. */
export async function openAttachment(ctx: Ctx, nominationId: number, fileId: number) {
  const actor = requireActor(ctx);
  const file = await attachmentOf(ctx.pool, actor, nominationId, fileId, 'read');
  await ctx.tx('welfare_nomination.download_file', (tx) =>
    auditEvent(tx, {
      action: 'welfare_nomination.download_file',
      entityType: 'welfare_nomination_files',
      entityId: file.id,
      data: { nominationId },
    }),
  );
  return file;
}

/** Remove an attachment (the audit row keeps what it was); the stored file goes after the commit. */
export async function removeAttachment(
  ctx: Ctx,
  files: FileStore,
  nominationId: number,
  fileId: number,
): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  const key = await ctx.tx('welfare_nomination.remove_file', async (tx) => {
    const file = await attachmentOf(tx, actor, nominationId, fileId, 'write');
    const { rows } = await tx.query<{ status: string }>('SELECT status FROM welfare_nominations WHERE id = $1', [
      nominationId,
    ]);
    assertEditable(rows[0]!.status);
    await tx.query('DELETE FROM welfare_nomination_files WHERE id = $1', [fileId]);
    return file.fileKey;
  });
  await files.remove(key);
  return { id: fileId };
}
