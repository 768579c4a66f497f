import { AppError, Permission, type ReportFormInput } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import type { Tx } from '../../db/tx';
import { indicatorRegistry, indicatorSource } from './indicators/registry';
import { formById, type FormRow } from './reports.queries';

/** The latest version of every form an official may use: owned by their units, above them or below them. */
export async function listForms(ctx: Ctx): Promise<{ items: FormRow[] }> {
  const scopes = scopeFor(requireActor(ctx), Permission.ReportRead);
  const { rows } = await ctx.pool.query<{ id: number }>(
    `SELECT DISTINCT ON (f.unit_id, f.code) f.id::int FROM report_forms f JOIN org_units u ON u.id = f.unit_id
      WHERE u.path @> $1::ltree[] OR u.path <@ $1::ltree[]
      ORDER BY f.unit_id, f.code, f.version DESC`,
    [scopes],
  );
  return { items: await Promise.all(rows.map((r) => formById(ctx.pool, r.id))) };
}

/**
 * Saves a form as a new version (version 1 for a new code). Versions are never changed, so a change can
 * never orphan data already submitted under an earlier one.
 */
export async function saveFormVersion(tx: Pick<Tx, 'query'>, input: ReportFormInput, userId: number | null) {
  const registry = indicatorRegistry();
  const entered = new Set(input.entered.map((e) => e.key));
  for (const s of input.sections) {
    for (const key of s.indicators ?? []) {
      const r = registry.get(key);
      const computed = r ? indicatorSource(r) === 'computed' : false;
      if (!computed && !entered.has(key)) throw new AppError('REPORT_FORM_INVALID', { key });
    }
  }
  for (const key of entered) {
    if (registry.get(key) && indicatorSource(registry.get(key)!) === 'computed') {
      throw new AppError('REPORT_COMPUTED_READONLY', { key });
    }
  }
  const { rows } = await tx.query<{ id: number; version: number }>(
    `INSERT INTO report_forms (unit_id, code, version, name, frequency, levels, sections, entered, created_by)
     SELECT $8, $1, coalesce(max(version), 0) + 1, $2, $3, $4, $5, $6, $7 FROM report_forms WHERE code = $1 AND unit_id = $8
     RETURNING id::int, version`,
    [
      input.code,
      input.name,
      input.frequency,
      input.levels,
      JSON.stringify(input.sections),
      JSON.stringify(input.entered),
      userId,
      input.unitId,
    ],
  );
  return rows[0]!;
}

/** A new version of a form of a unit the official may write for. */
export async function createFormVersion(ctx: Ctx, input: ReportFormInput) {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.ReportWrite);
  return ctx.tx('report.form.save', async (tx) => {
    const { rows } = await tx.query('SELECT 1 FROM org_units WHERE id = $1 AND path <@ $2::ltree[]', [
      input.unitId,
      scopes,
    ]);
    if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId });
    return saveFormVersion(tx, input, actor.userId > 0 ? actor.userId : null);
  });
}
