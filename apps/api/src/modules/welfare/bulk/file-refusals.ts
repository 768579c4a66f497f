import { AppError } from '@congdoan/domain';
import type { Tx } from '../../../db/tx';

/**
 * A list that cannot be committed, with the reason an officer can act on: repeated CCCDs first, naming the
 * rows ("dòng 7 trùng dòng 3"), then any other row with an error. All or nothing: nothing is written.
 */
export async function refuseFileWithErrors(tx: Pick<Tx, 'query'>, importId: number): Promise<void> {
  const { rows } = await tx.query<{ rowNo: number; first: string }>(
    `SELECT r.row_no AS "rowNo", e->>'from' AS first
       FROM member_import_rows r, jsonb_array_elements(r.errors) e
      WHERE r.import_id = $1 AND e->>'code' = 'duplicate_in_file' AND e->>'field' = 'cccd'
      ORDER BY r.row_no LIMIT 20`,
    [importId],
  );
  if (rows.length) {
    const pairs = rows.map((r) => `dòng ${r.rowNo} trùng dòng ${r.first}`).join(', ');
    throw new AppError('WELFARE_IMPORT_DUPLICATE_CCCD', { rows: pairs });
  }
  const { rows: bad } = await tx.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM member_import_rows WHERE import_id = $1 AND has_errors',
    [importId],
  );
  if (bad[0]!.n > 0) throw new AppError('WELFARE_IMPORT_HAS_ERRORS', { count: bad[0]!.n });
}
