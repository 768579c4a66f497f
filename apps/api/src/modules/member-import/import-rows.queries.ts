import type { ImportStats } from '@congdoan/domain';
import type { Tx } from '../../db/tx';
import { uniqueMatchKinds } from './match-persons';

/**
 * What a checked row will do: the user's choice, else create when nothing matched, else a transfer
 * request when the person's open membership is in another union (unless the batch skips matches),
 * else the import's default. The default for a match is "update": keep the registry's values and fill
 * only empty fields; "overwrite" is always an explicit choice. A unique key (CCCD) can never be created
 * twice, so "create" falls back to "update" there. Expects the row as `r` and its import as `i`.
 */
export const effectiveAction = `(CASE WHEN r.action IS NOT NULL THEN r.action
   WHEN r.match_person_id IS NULL THEN 'create'
   WHEN r.held_elsewhere THEN (CASE WHEN i.default_action = 'skip' THEN 'skip' ELSE 'transfer' END)
   WHEN i.default_action = 'create' AND r.match_kind IN (${uniqueMatchKinds}) THEN 'update'
   ELSE i.default_action END)`;

/** Counts of a checked import by outcome and action. */
export async function importStats(tx: Tx, importId: number) {
  const { rows } = await tx.query<ImportStats>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE NOT has_errors)::int AS valid,
            count(*) FILTER (WHERE has_errors)::int AS "withErrors",
            count(*) FILTER (WHERE jsonb_array_length(warnings) > 0)::int AS "withWarnings",
            count(match_person_id)::int AS matched,
            count(*) FILTER (WHERE NOT has_errors AND ${effectiveAction} = 'create')::int AS "toCreate",
            count(*) FILTER (WHERE NOT has_errors AND ${effectiveAction} = 'update')::int AS "toUpdate",
            count(*) FILTER (WHERE NOT has_errors AND ${effectiveAction} = 'overwrite')::int AS "toOverwrite",
            count(*) FILTER (WHERE NOT has_errors AND ${effectiveAction} = 'transfer')::int AS "toTransfer",
            count(*) FILTER (WHERE NOT has_errors AND ${effectiveAction} = 'skip')::int AS "toSkip"
       FROM member_import_rows r JOIN member_imports i ON i.id = r.import_id WHERE r.import_id = $1`,
    [importId],
  );
  return rows[0]!;
}
