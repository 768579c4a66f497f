import { AppError, type ReportStatus, type unitKinds } from '@congdoan/domain';
import type { Indicator } from '../declaration';
import type { Tx } from '../../db/tx';
import { indicatorRegistry } from './indicators/registry';

type Q = Pick<Tx, 'query'>;

export type FormRow = {
  id: number;
  unitId: number;
  unitName: string;
  code: string;
  version: number;
  name: string;
  frequency: 'month' | 'quarter' | 'half_year' | 'year';
  levels: (typeof unitKinds)[number][];
  sections: { key: string; title: string; kind: 'indicators' | 'narrative'; indicators?: string[] }[];
  entered: { key: string; vi: string; unit: 'count' | 'vnd' | 'percent'; aggregation: 'sum' | 'latest' }[];
};

export type AssignmentRow = {
  id: number;
  formId: number;
  unitId: number;
  unitPath: string;
  unitName: string;
  periodFrom: string;
  periodTo: string;
  periodLabel: string;
  deadline: string;
};

const formColumns = `f.id::int, f.unit_id::int AS "unitId", u.name AS "unitName", f.code, f.version, f.name, f.frequency,
  f.levels, f.sections, f.entered`;

export async function formById(db: Q, id: number): Promise<FormRow> {
  const { rows } = await db.query<FormRow>(
    `SELECT ${formColumns} FROM report_forms f JOIN org_units u ON u.id = f.unit_id WHERE f.id = $1`,
    [id],
  );
  if (!rows[0]) throw new AppError('REPORT_FORM_NOT_FOUND', { id });
  return rows[0];
}

/**
 * An assignment the actor may see: made by a unit in their scope, or covering a unit in their scope
 * (a grassroots official sees what the province asked of them).
 */
export async function assignmentFor(db: Q, id: number, scopes: string[]): Promise<AssignmentRow> {
  const { rows } = await db.query<AssignmentRow>(
    `SELECT a.id::int, a.form_id::int AS "formId", a.unit_id::int AS "unitId", u.path::text AS "unitPath",
            u.name AS "unitName", a.period_from::text AS "periodFrom", a.period_to::text AS "periodTo",
            a.period_label AS "periodLabel", a.deadline::text AS deadline
       FROM report_assignments a JOIN org_units u ON u.id = a.unit_id
      WHERE a.id = $1 AND (u.path <@ $2::ltree[] OR u.path @> $2::ltree[])`,
    [id, scopes],
  );
  if (!rows[0]) throw new AppError('REPORT_NOT_FOUND', { id });
  return rows[0];
}

/** Whether a unit must submit an assignment: of the form's levels, in its subtree as it stood at the period's end. */
export async function isExpected(db: Q, a: AssignmentRow, form: FormRow, unitId: number): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM org_subtree_as_of($1, $2) s JOIN org_units u ON u.id = s.unit_id
      WHERE s.unit_id = $3 AND s.unit_id <> $1 AND u.kind = ANY($4::text[])`,
    [a.unitId, a.periodTo, unitId, form.levels],
  );
  return rows.length > 0;
}

export type SubmissionRow = {
  id: number;
  status: Exclude<ReportStatus, 'not_started'>;
  entered: Record<string, number | null>;
  narrative: Record<string, string>;
  computed: Record<string, number> | null;
  submittedBy: number | null;
  returnComment: string | null;
};

export async function submissionOf(db: Q, assignmentId: number, unitId: number, lock = false) {
  const { rows } = await db.query<SubmissionRow>(
    `SELECT id::int, status, entered, narrative, computed, submitted_by::int AS "submittedBy",
            return_comment AS "returnComment"
       FROM report_submissions WHERE assignment_id = $1 AND unit_id = $2 ${lock ? 'FOR UPDATE' : ''}`,
    [assignmentId, unitId],
  );
  return rows[0] ?? null;
}

/** The form's indicators: computed ones from the registry, entered ones from the form itself. */
export function formIndicators(form: FormRow): Map<string, Indicator & { source: 'computed' | 'entered' }> {
  const registry = indicatorRegistry();
  const out = new Map<string, Indicator & { source: 'computed' | 'entered' }>();
  for (const e of form.entered) out.set(e.key, { ...e, en: e.vi, source: 'entered' });
  for (const s of form.sections) {
    for (const key of s.indicators ?? []) {
      const r = registry.get(key);
      if (r && (r.sql || r.ratioOf)) out.set(key, { ...r, source: 'computed' });
    }
  }
  return out;
}

export type ReadableUnit = { name: string; path: string; parentPath: string | null };

/** A unit whose report of `a` the actor may read: in their read scope, and the assigning unit or one expected to submit. */
export async function reportUnitFor(
  db: Q,
  a: AssignmentRow,
  form: FormRow,
  unitId: number,
  readScopes: string[],
): Promise<ReadableUnit> {
  const { rows } = await db.query<ReadableUnit>(
    `SELECT u.name, u.path::text AS path, p.path::text AS "parentPath"
       FROM org_units u LEFT JOIN org_units p ON p.id = u.parent_id WHERE u.id = $1 AND u.path <@ $2::ltree[]`,
    [unitId, readScopes],
  );
  const unit = rows[0];
  if (!unit) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
  const expected = unitId === a.unitId || (await isExpected(db, a, form, unitId));
  if (!expected) throw new AppError('REPORT_NOT_EXPECTED');
  return unit;
}
