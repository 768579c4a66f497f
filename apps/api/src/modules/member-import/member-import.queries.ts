import type pg from 'pg';
import { AppError, Permission, type ImportField, type MemberImport } from '@congdoan/domain';
import { pathInScope, scopeFor, type Actor } from '../../context/actor';

type Db = pg.Pool | pg.PoolClient;

export type ImportRecord = MemberImport & {
  unitPath: string;
  fileKey: string;
  fileKind: 'xlsx' | 'csv';
  errorFileKey: string | null;
  createdBy: number | null;
};

const columns = `
  i.id, i.purpose, i.programme_id::int AS "programmeId", json_build_object('id', u.id, 'code', u.code, 'name', u.name) AS unit, u.path::text AS "unitPath",
  i.file_name AS "fileName", i.file_key AS "fileKey", i.file_kind AS "fileKind", i.status, i.sheets,
  i.sheet_index AS "sheetIndex", i.header_row AS "headerRow", i.data_start AS "dataStart", i.headers, i.fields,
  i.sample, coalesce(i.encoding, '{"found": "unicode", "forced": null, "columns": []}') AS encoding,
  to_char(i.admitted_on, 'YYYY-MM-DD') AS "admittedOn", i.default_action AS "defaultAction", i.mode,
  i.stats, i.preview_job_id::int AS "previewJobId", i.commit_job_id::int AS "commitJobId",
  i.error_file_key AS "errorFileKey", i.created_by::int AS "createdBy",
  to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;

/** An import whose unit is in the actor's member.write scope (locked when `lock`), or IMPORT_NOT_FOUND. */
export async function importInScope(db: Db, actor: Actor, id: number, lock = false): Promise<ImportRecord> {
  const { rows } = await db.query<ImportRecord>(
    `SELECT ${columns} FROM member_imports i JOIN org_units u ON u.id = i.unit_id
      WHERE i.id = $1 AND u.path <@ $2::ltree[] ${lock ? 'FOR UPDATE OF i' : ''}`,
    [id, scopeFor(actor, Permission.MemberWrite)],
  );
  if (!rows[0]) throw new AppError('IMPORT_NOT_FOUND', { id });
  return rows[0];
}

/** The import as the API returns it (internal columns dropped). */
export function publicImport(record: ImportRecord): MemberImport {
  const { unitPath: _p, fileKey: _k, fileKind: _f, errorFileKey: _e, createdBy: _c, ...rest } = record;
  return rest;
}

export function canSeePersonalData(actor: Actor, unitPath: string): boolean {
  return pathInScope(unitPath, scopeFor(actor, Permission.PersonalDataRead));
}

/** The unit's remembered mapping: folded header → field. */
export async function savedMapping(db: Db, unitId: number): Promise<Record<string, ImportField | null> | null> {
  const { rows } = await db.query<{ mapping: Record<string, ImportField | null> }>(
    'SELECT mapping FROM member_import_mappings WHERE unit_id = $1',
    [unitId],
  );
  return rows[0]?.mapping ?? null;
}

/** The member-list steps (check, row actions, commit) refuse another kind of list, as if it did not exist. */
export function assertMemberList(record: ImportRecord): void {
  if (record.purpose !== 'members') throw new AppError('IMPORT_NOT_FOUND', { id: record.id });
}

export function assertStatus(record: ImportRecord, ...allowed: MemberImport['status'][]): void {
  if (!allowed.includes(record.status)) throw new AppError('IMPORT_WRONG_STATE', { status: record.status });
}
