import { AppError, Permission, type ErrorCode } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { auditEvent } from '../../../db/tx';
import { nominateInTx } from '../nominate';
import { programmeFor } from '../welfare.queries';

export type CollectResult = {
  created: number;
  skipped: { registrationId: number; fullName: string; code: ErrorCode }[];
};

type Registration = { id: number; personId: number; fullName: string; quotaUnitId: number | null; title: string };

/**
 * Turn the members' registrations for the programme's event into applications: one nomination each (source
 * 'application', linked to its registration so it is taken once), in the nearest unit above the member that
 * holds a quota and lies in the official's scope. Each goes through the one nomination use case (period,
 * eligibility, quota, duplicate, cap); a refused one is listed with its reason and the rest go on. They then
 * follow the same review as any nomination.
 */
export async function collectApplications(ctx: Ctx, programmeId: number): Promise<CollectResult> {
  const actor = requireActor(ctx);
  const write = scopeFor(actor, Permission.WelfareWrite);
  return ctx.tx('welfare_application.collect', async (tx) => {
    await programmeFor(tx, programmeId, scopeFor(actor, Permission.WelfareRead));
    const { rows: p } = await tx.query<{ eventId: number | null }>(
      'SELECT application_event_id AS "eventId" FROM welfare_programmes WHERE id = $1',
      [programmeId],
    );
    if (!p[0]?.eventId) throw new AppError('WELFARE_APPLICATIONS_OFF');
    const { rows } = await tx.query<Registration>(
      `SELECT r.id, r.person_id AS "personId", r.full_name AS "fullName", e.title,
              (SELECT q.unit_id FROM welfare_quotas q JOIN org_units qu ON qu.id = q.unit_id
                WHERE q.programme_id = $2 AND pu.path <@ qu.path AND qu.path <@ $3::ltree[]
                ORDER BY nlevel(qu.path) DESC LIMIT 1) AS "quotaUnitId"
         FROM registrations r JOIN events e ON e.id = r.event_id
         JOIN persons pe ON pe.id = r.person_id JOIN org_units pu ON pu.id = pe.unit_id
        WHERE r.event_id = $1 AND r.status = 'confirmed' AND pu.path <@ $3::ltree[]
          AND NOT EXISTS (SELECT 1 FROM welfare_nominations n WHERE n.registration_id = r.id)
        ORDER BY r.id`,
      [p[0].eventId, programmeId, write],
    );
    const result: CollectResult = { created: 0, skipped: [] };
    for (const r of rows) {
      if (r.quotaUnitId === null) {
        result.skipped.push({ registrationId: r.id, fullName: r.fullName, code: 'WELFARE_NO_QUOTA' });
        continue;
      }
      await tx.query('SAVEPOINT application');
      try {
        await nominateInTx(
          tx,
          actor,
          ctx.now(),
          programmeId,
          {
            unitId: r.quotaUnitId,
            personId: r.personId,
            reason: `Đoàn viên tự đăng ký qua "${r.title}"`,
            hardshipCategory: null,
            amountVnd: null,
          },
          { kind: 'application', registrationId: r.id },
        );
        await tx.query('RELEASE SAVEPOINT application');
        result.created++;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        await tx.query('ROLLBACK TO SAVEPOINT application');
        result.skipped.push({ registrationId: r.id, fullName: r.fullName, code: error.code });
      }
    }
    // One event per collection, even when nothing new came in: who collected, when, and what was refused.
    await auditEvent(tx, {
      action: 'welfare_application.collect',
      entityType: 'welfare_programmes',
      entityId: programmeId,
      data: { created: result.created, skipped: result.skipped.length },
    });
    return result;
  });
}
