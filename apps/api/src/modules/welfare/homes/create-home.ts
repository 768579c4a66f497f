import { AppError, Permission, type CreateHomeBody } from '@congdoan/domain';
import { actorUserId, scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';
import { programmeFor, unitInScope } from '../welfare.queries';
import { checkLocation } from './homes.queries';

/**
 * Opens a house record (stage: application) in a Union Home programme, for an approved nomination or,
 * without one, a beneficiary of a unit below the programme's owner.
 */
export async function createHome(ctx: Ctx, input: CreateHomeBody): Promise<{ id: number }> {
  const actor = requireActor(ctx);
  const write = scopeFor(actor, Permission.WelfareWrite);
  return ctx.tx('welfare_home.create', async (tx) => {
    const p = await programmeFor(tx, input.programmeId, scopeFor(actor, Permission.WelfareRead));
    if (p.kind !== 'union_home') throw new AppError('WELFARE_HOME_PROGRAMME_KIND');
    let who: { unitId: number; personId: number | null; fullName: string };
    if (input.nominationId) {
      const { rows } = await tx.query<{ unitId: number; personId: number | null; fullName: string; status: string }>(
        `SELECT n.unit_id AS "unitId", n.person_id AS "personId", n.full_name AS "fullName", n.status
           FROM welfare_nominations n JOIN org_units u ON u.id = n.unit_id
          WHERE n.id = $1 AND n.programme_id = $2 AND u.path <@ $3::ltree[]`,
        [input.nominationId, p.id, write],
      );
      if (!rows[0]) throw new AppError('WELFARE_NOMINATION_NOT_FOUND', { id: input.nominationId });
      if (!['approved', 'handed_out'].includes(rows[0].status)) throw new AppError('WELFARE_HOME_NOMINATION_INVALID');
      who = rows[0];
    } else {
      if (!input.unitId || (!input.fullName && !input.personId))
        throw new AppError('WELFARE_HOME_BENEFICIARY_REQUIRED');
      const unit = await unitInScope(tx, input.unitId, write);
      if (!(unit.path === p.ownerPath || unit.path.startsWith(`${p.ownerPath}.`))) {
        throw new AppError('WELFARE_UNIT_OUTSIDE');
      }
      let fullName = input.fullName ?? '';
      if (input.personId) {
        const { rows } = await tx.query<{ fullName: string }>(
          `SELECT pe.full_name AS "fullName" FROM persons pe JOIN org_units pu ON pu.id = pe.unit_id
            WHERE pe.id = $1 AND pe.merged_into_id IS NULL AND pu.path <@ $2::ltree`,
          [input.personId, unit.path],
        );
        if (!rows[0]) throw new AppError('PERSON_NOT_FOUND', { id: input.personId });
        fullName = rows[0].fullName;
      }
      who = { unitId: input.unitId, personId: input.personId ?? null, fullName };
    }
    await checkLocation(tx, input);
    try {
      const { rows } = await tx.query<{ id: number }>(
        `INSERT INTO welfare_homes (programme_id, nomination_id, unit_id, person_id, full_name, kind, family_situation,
           applied_on, province_code, commune_code, address, latitude, longitude, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          p.id,
          input.nominationId ?? null,
          who.unitId,
          who.personId,
          who.fullName,
          input.kind,
          input.familySituation,
          input.appliedOn,
          input.provinceCode,
          input.communeCode,
          input.address,
          input.latitude,
          input.longitude,
          actorUserId(actor),
        ],
      );
      return { id: rows[0]!.id };
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw new AppError('WELFARE_HOME_EXISTS');
      throw e;
    }
  });
}
