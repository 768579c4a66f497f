import { AppError, Permission } from '@congdoan/domain';
import { scopeFor, type Actor } from '../../../context/actor';
import type { Tx } from '../../../db/tx';

type Q = Pick<Tx, 'query'>;

/**
 * Attachments are hardship evidence (medical papers, photos of a home): read by whoever holds both
 * welfare.read and personal_data.read over the nominating unit; written by its welfare.write officials.
 * The scopes a caller needs: `read` (both permissions) or `write`.
 */
function scopes(actor: Actor, need: 'read' | 'write'): [string[], string[]] {
  return need === 'read'
    ? [scopeFor(actor, Permission.WelfareRead), scopeFor(actor, Permission.PersonalDataRead)]
    : [scopeFor(actor, Permission.WelfareWrite), scopeFor(actor, Permission.WelfareWrite)];
}

/** The nomination (its status) when the caller may read or write its attachments, else WELFARE_NOMINATION_NOT_FOUND. */
export async function nominationForFiles(
  db: Q,
  actor: Actor,
  id: number,
  need: 'read' | 'write',
  lock = false,
): Promise<{ id: number; status: string }> {
  const [a, b] = scopes(actor, need);
  const { rows } = await db.query<{ id: number; status: string }>(
    `SELECT n.id, n.status FROM welfare_nominations n JOIN org_units u ON u.id = n.unit_id
      WHERE n.id = $1 AND u.path <@ $2::ltree[] AND u.path <@ $3::ltree[] ${lock ? 'FOR UPDATE OF n' : ''}`,
    [id, a, b],
  );
  if (!rows[0]) throw new AppError('WELFARE_NOMINATION_NOT_FOUND', { id });
  return rows[0];
}

/** One attachment of a nomination the caller may read (or write), else WELFARE_FILE_NOT_FOUND. */
export async function attachmentOf(
  db: Q,
  actor: Actor,
  nominationId: number,
  fileId: number,
  need: 'read' | 'write',
): Promise<{ id: number; fileKey: string; fileName: string; fileKind: string }> {
  await nominationForFiles(db, actor, nominationId, need, need === 'write');
  const { rows } = await db.query<{ id: number; fileKey: string; fileName: string; fileKind: string }>(
    `SELECT id, file_key AS "fileKey", file_name AS "fileName", file_kind AS "fileKind"
       FROM welfare_nomination_files WHERE id = $1 AND nomination_id = $2`,
    [fileId, nominationId],
  );
  if (!rows[0]) throw new AppError('WELFARE_FILE_NOT_FOUND', { id: fileId });
  return rows[0];
}

/** Evidence is prepared by the nominating unit: while the nomination is a draft or was returned to it. */
export function assertEditable(status: string): void {
  if (status !== 'draft' && status !== 'returned') throw new AppError('WELFARE_STATUS_INVALID');
}
