import type { ImportRow, importActions } from '@congdoan/domain';

type Action = (typeof importActions)[number];

/**
 * The actions a row may take, as the API allows them (IMPORT_ACTION_NOT_ALLOWED otherwise): a person held
 * by another union can only be asked for or skipped; a known person held here (or nowhere) can be filled
 * or overwritten; a known CCCD cannot be created twice.
 */
export function rowActions(row: Pick<ImportRow, 'match'>): Action[] {
  const m = row.match;
  if (!m) return ['create', 'skip'];
  if (m.elsewhere) return ['transfer', 'skip'];
  return m.kind === 'cccd' || m.kind === 'old_id'
    ? ['update', 'overwrite', 'skip']
    : ['update', 'overwrite', 'create', 'skip'];
}
