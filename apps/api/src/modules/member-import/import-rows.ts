import type { z } from 'zod';
import { AppError, type ImportRow, type importRowsQuery } from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { sqlPartialDate } from '../../kit/dates';
import { assertStatus, canSeePersonalData, importInScope } from './member-import.queries';
import { effectiveAction, importStats } from './import-rows.queries';

const filters = {
  all: 'true',
  errors: 'r.has_errors',
  warnings: 'jsonb_array_length(r.warnings) > 0',
  matched: 'r.match_person_id IS NOT NULL',
};

const mask = (v: string | null) => (v ? `${'*'.repeat(Math.max(v.length - 3, 0))}${v.slice(-3)}` : v);

/** One page of checked rows with their findings, match and action. */
export async function listImportRows(
  ctx: Ctx,
  id: number,
  query: z.infer<typeof importRowsQuery>,
): Promise<{ items: ImportRow[]; total: number }> {
  const actor = requireActor(ctx);
  const record = await importInScope(ctx.pool, actor, id);
  const where = filters[query.filter];
  const { rows } = await ctx.pool.query<ImportRow & { total: number }>(
    `SELECT r.row_no AS "rowNo", r.full_name AS "fullName", r.gender,
            ${sqlPartialDate('r.birth_date', 'r.birth_date_precision')} AS "birthDate", r.cccd,
            r.old_id_number AS "oldIdNumber", r.phone, r.errors, r.warnings,
            CASE WHEN r.match_person_id IS NULL THEN NULL
                 ELSE json_build_object('personId', r.match_person_id, 'kind', r.match_kind, 'name', r.match_name) END AS match,
            r.action, ${effectiveAction} AS "effectiveAction", r.result, count(*) OVER ()::int AS total
       FROM member_import_rows r JOIN member_imports i ON i.id = r.import_id
      WHERE r.import_id = $1 AND ${where}
      ORDER BY r.row_no LIMIT $2 OFFSET $3`,
    [id, query.pageSize, (query.page - 1) * query.pageSize],
  );
  const personal = canSeePersonalData(actor, record.unitPath);
  let total = rows[0]?.total ?? 0;
  if (!rows.length && query.page > 1) {
    const c = await ctx.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM member_import_rows r WHERE r.import_id = $1 AND ${where}`,
      [id],
    );
    total = c.rows[0]!.n;
  }
  return {
    items: rows.map(({ total: _t, ...r }) =>
      personal ? r : { ...r, cccd: mask(r.cccd), oldIdNumber: mask(r.oldIdNumber), phone: mask(r.phone) },
    ),
    total,
  };
}

/** Override one row's action (create / update / skip), or back to the default with null. */
export async function setRowAction(
  ctx: Ctx,
  id: number,
  rowNo: number,
  action: 'create' | 'update' | 'skip' | null,
): Promise<ImportRow> {
  const actor = requireActor(ctx);
  await ctx.tx('member_import.row_action', async (tx) => {
    const record = await importInScope(tx, actor, id, true);
    assertStatus(record, 'checked');
    const { rows } = await tx.query<{ match_kind: string | null }>(
      'SELECT match_kind FROM member_import_rows WHERE import_id = $1 AND row_no = $2',
      [id, rowNo],
    );
    if (!rows[0]) throw new AppError('NOT_FOUND');
    // Nothing to update without a match; a person with this CCCD exists, so it cannot be created again.
    if ((action === 'update' && !rows[0].match_kind) || (action === 'create' && rows[0].match_kind === 'cccd')) {
      throw new AppError('VALIDATION_FAILED', { field: 'action' });
    }
    await tx.query('UPDATE member_import_rows SET action = $3 WHERE import_id = $1 AND row_no = $2', [
      id,
      rowNo,
      action,
    ]);
    // The import row changes too (its stats), which is what the audit log records for this choice.
    await tx.query('UPDATE member_imports SET stats = $2, updated_at = now() WHERE id = $1', [
      id,
      JSON.stringify(await importStats(tx, id)),
    ]);
  });
  const { rows } = await ctx.pool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM member_import_rows WHERE import_id = $1 AND row_no < $2',
    [id, rowNo],
  );
  const one = await listImportRows(ctx, id, { filter: 'all', page: rows[0]!.n + 1, pageSize: 1 });
  return one.items[0]!;
}
