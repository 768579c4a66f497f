import { AppError, Permission, type BriefingInput } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { briefingFor, requireWrite } from './briefings.queries';

/**
 * Records a briefing (giao ban) or a working session (phiên làm việc, held with one unit), or corrects one
 * (`id`): date, place, chair, participants, the reports discussed, opinions by unit, conclusions, directives.
 */
export async function saveBriefing(ctx: Ctx, input: BriefingInput, id?: number): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.ReportWrite);
  if (input.kind === 'working_session' && !input.subjectUnitId) {
    throw new AppError('BRIEFING_SUBJECT_REQUIRED', { field: 'subjectUnitId' });
  }
  return ctx.tx(id ? 'briefing.update' : 'briefing.create', async (tx) => {
    const { rows: unit } = await tx.query<{ path: string }>('SELECT path::text AS path FROM org_units WHERE id = $1', [
      input.unitId,
    ]);
    if (!unit[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.unitId });
    requireWrite(unit[0].path, scopes);
    if (input.subjectUnitId) {
      // the unit worked with lies under the host
      const { rows } = await tx.query(
        'SELECT 1 FROM org_units s, org_units h WHERE s.id = $1 AND h.id = $2 AND s.path <@ h.path',
        [input.subjectUnitId, input.unitId],
      );
      if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id: input.subjectUnitId, field: 'subjectUnitId' });
    }
    const values = [
      input.unitId,
      input.kind,
      input.title,
      input.heldOn,
      input.place ?? null,
      input.chair,
      input.participants ?? null,
      input.kind === 'working_session' ? input.subjectUnitId : null,
      JSON.stringify(input.opinions),
      input.conclusions ?? null,
      input.directives ?? null,
      input.reportAssignmentIds,
    ];
    if (id) {
      const b = await briefingFor(tx, id, scopeFor(actor, Permission.ReportRead), true);
      requireWrite(b.unitPath, scopes);
      await tx.query(
        `UPDATE briefings SET unit_id = $1, kind = $2, title = $3, held_on = $4, place = $5, chair = $6, participants = $7,
                subject_unit_id = $8, opinions = $9, conclusions = $10, directives = $11, report_assignment_ids = $12,
                updated_at = now() WHERE id = $13`,
        [...values, id],
      );
      return { id };
    }
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO briefings (unit_id, kind, title, held_on, place, chair, participants, subject_unit_id, opinions,
         conclusions, directives, report_assignment_ids, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id::int`,
      [...values, actorUserId(actor)],
    );
    return rows[0]!;
  });
}
