import type { z } from 'zod';
import {
  AppError,
  type ImportDifference,
  type ImportRow,
  type importActions,
  type importRowsQuery,
} from '@congdoan/domain';
import { requireActor, type Ctx } from '../../context/context';
import { sqlPartialDate } from '../../kit/dates';
import type { Tx } from '../../db/tx';
import { assertMemberList, assertStatus, canSeePersonalData, importInScope } from './member-import.queries';
import { effectiveAction, importStats } from './import-rows.queries';
import { uniqueMatchKinds } from './match-persons';
import { comparedColumns } from './person-columns';

const filters = {
  all: 'true',
  errors: 'r.has_errors',
  warnings: 'jsonb_array_length(r.warnings) > 0',
  matched: 'r.match_person_id IS NOT NULL',
};

const mask = (v: string | null) => (v ? `${'*'.repeat(Math.max(v.length - 3, 0))}${v.slice(-3)}` : v);

type Listed = Omit<ImportRow, 'differences'> & {
  total: number;
  outside: boolean;
  file: Record<string, string | null>;
  registry: Record<string, string | null> | null;
};

// A birth date compares as written ("1992" differs from "1992-01-01").
const asText = (column: string, alias: string) =>
  column === 'birth_date'
    ? sqlPartialDate(`${alias}.birth_date`, `${alias}.birth_date_precision`)
    : `${alias}.${column}`;
const fieldsOf = (alias: string) =>
  `json_build_object(${comparedColumns.map((c) => `'${c.field}', ${asText(c.column, alias)}`).join(', ')})`;

/**
 * Field by field, where the file has a value the registry does not hold: an empty field to fill, or a
 * different value that only an explicit "overwrite" replaces. Personal fields only for personal-data roles.
 */
function differences(row: Listed, personal: boolean): ImportDifference[] {
  if (!row.registry) return [];
  return comparedColumns.flatMap(({ field, personal: isPersonal }) => {
    const file = row.file[field] ?? null;
    const registry = row.registry![field] ?? null;
    if (file === null || file === registry || (isPersonal && !personal)) return [];
    return [{ field, registry, file }];
  });
}

/** One page of checked rows with their findings, match, differences and action. */
export async function listImportRows(
  ctx: Ctx,
  id: number,
  query: z.infer<typeof importRowsQuery>,
): Promise<{ items: ImportRow[]; total: number }> {
  const actor = requireActor(ctx);
  const record = await importInScope(ctx.pool, actor, id);
  const where = filters[query.filter];
  // A person matched outside scope: the row says only that they are held elsewhere (no id, no name, no values).
  const { rows } = await ctx.pool.query<Listed>(
    `SELECT r.row_no AS "rowNo", r.full_name AS "fullName", r.gender,
            ${sqlPartialDate('r.birth_date', 'r.birth_date_precision')} AS "birthDate", r.cccd,
            r.old_id_number AS "oldIdNumber", r.phone, r.errors, r.warnings,
            CASE WHEN r.match_person_id IS NULL THEN NULL
                 WHEN r.match_outside THEN json_build_object('personId', NULL, 'kind', r.match_kind, 'name', NULL,
                                                             'elsewhere', true)
                 ELSE json_build_object('personId', r.match_person_id, 'kind', r.match_kind, 'name', r.match_name,
                                        'elsewhere', r.held_elsewhere) END AS match,
            r.action, ${effectiveAction} AS "effectiveAction", r.result,
            r.result_person_id::int AS "personId", r.transfer_request_id::int AS "transferRequestId",
            r.reason, r.hardship_category AS "hardshipCategory", r.amount_vnd AS "amountVnd",
            r.nomination_id::int AS "nominationId", r.match_outside AS outside, ${fieldsOf('r')} AS file,
            CASE WHEN p.id IS NOT NULL AND NOT r.match_outside THEN ${fieldsOf('p')} END AS registry,
            count(*) OVER ()::int AS total
       FROM member_import_rows r JOIN member_imports i ON i.id = r.import_id
       LEFT JOIN persons p ON p.id = r.match_person_id
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
    items: rows.map((row) => {
      const { total: _t, outside: _o, file: _f, registry: _r, ...r } = row;
      const item = { ...r, differences: differences(row, personal) };
      return personal ? item : { ...item, cccd: mask(r.cccd), oldIdNumber: mask(r.oldIdNumber), phone: mask(r.phone) };
    }),
    total,
  };
}

type Action = (typeof importActions)[number];

/** Which actions a row may take, given its match (the rules the commit relies on). */
async function assertActionAllowed(db: Tx, id: number, rowNo: number, action: Action | null): Promise<void> {
  const { rows } = await db.query<{ kind: string | null; elsewhere: boolean; unique: boolean }>(
    `SELECT match_kind AS kind, held_elsewhere AS elsewhere, coalesce(match_kind IN (${uniqueMatchKinds}), false) AS unique
       FROM member_import_rows WHERE import_id = $1 AND row_no = $2`,
    [id, rowNo],
  );
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND');
  if (action === null || action === 'skip') return;
  const allowed =
    action === 'transfer'
      ? row.elsewhere
      : action === 'create'
        ? // A unique key cannot be created twice; a person held elsewhere is asked for, not duplicated.
          !row.unique && !row.elsewhere
        : // update / overwrite: a known person whose membership is here (or none).
          row.kind !== null && !row.elsewhere;
  if (!allowed) throw new AppError('IMPORT_ACTION_NOT_ALLOWED', { field: 'action', action });
}

/** Choose one row's action (create, fill, overwrite, skip, transfer), or back to the default with null. */
export async function setRowAction(ctx: Ctx, id: number, rowNo: number, action: Action | null): Promise<ImportRow> {
  const actor = requireActor(ctx);
  await ctx.tx('member_import.row_action', async (tx) => {
    const record = await importInScope(tx, actor, id, true);
    assertMemberList(record);
    assertStatus(record, 'checked');
    await assertActionAllowed(tx, id, rowNo, action);
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
