import { Permission, type NominationRow } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { programmeFor } from './welfare.queries';

/**
 * A programme's nominations from units in the official's scope, with the latest reviewer's comment.
 * CCCD and phone stay out of the list (personal data); the record shows the name and whether it is a member.
 */
export async function listNominations(ctx: Ctx, programmeId: number): Promise<{ items: NominationRow[] }> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  await programmeFor(ctx.pool, programmeId, scopes);
  const { rows } = await ctx.pool.query<NominationRow>(
    `SELECT n.id, n.source, n.programme_id AS "programmeId", n.unit_id AS "unitId", u.name AS "unitName",
            n.person_id AS "personId", n.full_name AS "fullName", n.person_id IS NOT NULL AS member, n.reason,
            n.hardship_category AS "hardshipCategory", n.amount_vnd AS "amountVnd", n.status,
            n.level_unit_id AS "levelUnitId", lu.name AS "levelUnitName",
            (SELECT r.comment FROM welfare_nomination_reviews r WHERE r.nomination_id = n.id
              ORDER BY r.id DESC LIMIT 1) AS "lastComment"
       FROM welfare_nominations n JOIN org_units u ON u.id = n.unit_id
       LEFT JOIN org_units lu ON lu.id = n.level_unit_id
      WHERE n.programme_id = $1 AND u.path <@ $2::ltree[]
      ORDER BY u.name, n.id LIMIT 5000`,
    [programmeId, scopes],
  );
  return { items: rows };
}
