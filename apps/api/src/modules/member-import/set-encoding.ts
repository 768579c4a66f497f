import type { MemberImport, TextEncoding } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import type { FileStore } from '../../storage/file-store';
import { redetectSheet } from './choose-sheet';

/**
 * The user says how the file is typed (Unicode, TCVN3 or VNI; null: as detected): the sheet is read again
 * that way (names, header, sample) and the mapping step shows it; the next check reads every row that way.
 */
export async function setEncoding(
  ctx: Ctx,
  files: FileStore,
  id: number,
  encoding: TextEncoding | null,
): Promise<MemberImport> {
  return redetectSheet(ctx, files, id, { forced: encoding }, 'member_import.encoding');
}
