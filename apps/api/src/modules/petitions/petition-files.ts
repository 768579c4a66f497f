import { AppError, Permission } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import type { StoredUpload } from '../../storage/upload';
import { findPetition } from './petitions.queries';

/** Attach an uploaded file to a petition the actor may see and whose handling or originating unit they write for. */
export async function addAttachment(ctx: Ctx, id: number, file: StoredUpload) {
  const actor = requireActor(ctx);
  return ctx.tx('petition.attach_file', async (tx) => {
    const p = await findPetition(tx, actor, id, 'read');
    const { rows: ok } = await tx.query(
      `SELECT 1 FROM org_units WHERE id = ANY($1::bigint[]) AND path <@ $2::ltree[]`,
      [[p.unitId, p.originUnitId], scopeFor(actor, Permission.PetitionWrite)],
    );
    if (!ok[0]) throw new AppError('PETITION_NOT_FOUND', { id });
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO petition_attachments (petition_id, unit_id, file_key, file_name, size, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [id, p.originUnitId, file.key, file.fileName, file.size, actorUserId(actor)],
    );
    return { id: rows[0]!.id, fileName: file.fileName, size: file.size };
  });
}

/** An attachment of a visible petition; the download is audited. */
export async function attachmentForDownload(ctx: Ctx, id: number, attachmentId: number) {
  const actor = requireActor(ctx);
  await findPetition(ctx.pool, actor, id, 'read');
  const { rows } = await ctx.pool.query<{ key: string; fileName: string }>(
    'SELECT file_key AS key, file_name AS "fileName" FROM petition_attachments WHERE id = $1 AND petition_id = $2',
    [attachmentId, id],
  );
  if (!rows[0]) throw new AppError('FILE_NOT_FOUND');
  await ctx.tx('petition.download_file', (tx) =>
    auditEvent(tx, { action: 'petition.download_file', entityType: 'petition_attachments', entityId: attachmentId }),
  );
  return rows[0];
}

/** Give one user (e.g. at the addressee agency) read access to one petition, without the identity. */
export async function grantAccess(ctx: Ctx, id: number, input: { username: string }) {
  const actor = requireActor(ctx);
  return ctx.tx('petition.grant_access', async (tx) => {
    const p = await findPetition(tx, actor, id, 'write');
    const { rows: u } = await tx.query<{ id: number }>('SELECT id FROM app_users WHERE username = $1', [
      input.username,
    ]);
    if (!u[0]) throw new AppError('USER_NOT_FOUND');
    await tx.query(
      `INSERT INTO petition_access (petition_id, unit_id, user_id, granted_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (petition_id, user_id) DO NOTHING`,
      [id, p.unitId, u[0].id, actorUserId(actor)],
    );
    return { ok: true as const };
  });
}
