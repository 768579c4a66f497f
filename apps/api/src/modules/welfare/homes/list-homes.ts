import { Permission, type HomeSummary } from '@congdoan/domain';
import { scopeFor } from '../../../context/actor';
import { requireActor, type Ctx } from '../../../context/context';

export const homeSummaryColumns = `h.id, h.programme_id AS "programmeId", p.name AS "programmeName", h.nomination_id AS "nominationId", h.unit_id AS "unitId",
  u.name AS "unitName", h.full_name AS "fullName", h.kind, h.stage, h.province_code AS "provinceCode",
  pr.full_name AS "provinceName", h.commune_code AS "communeCode", c.full_name AS "communeName", h.address, h.latitude::float8 AS latitude,
  h.longitude::float8 AS longitude, h.approved_cost_vnd AS "approvedCostVnd", h.final_cost_vnd AS "finalCostVnd",
  h.handed_on AS "handedOn"`;
export const homeFrom = `welfare_homes h JOIN welfare_programmes p ON p.id = h.programme_id
  JOIN org_units u ON u.id = h.unit_id
  JOIN admin_communes c ON c.version = h.admin_version AND c.code = h.commune_code
  JOIN admin_provinces pr ON pr.version = h.admin_version AND pr.code = h.province_code`;

/** The houses of units in the official's scope, by programme or province (the map's points). */
export async function listHomes(
  ctx: Ctx,
  query: { programmeId?: number | undefined; provinceCode?: string | undefined },
): Promise<{ items: HomeSummary[] }> {
  const scopes = scopeFor(requireActor(ctx), Permission.WelfareRead);
  const { rows } = await ctx.pool.query<HomeSummary>(
    `SELECT ${homeSummaryColumns} FROM ${homeFrom}
      WHERE u.path <@ $1::ltree[] AND ($2::bigint IS NULL OR h.programme_id = $2)
        AND ($3::text IS NULL OR h.province_code = $3)
      ORDER BY h.id LIMIT 2000`,
    [scopes, query.programmeId ?? null, query.provinceCode ?? null],
  );
  return { items: rows };
}
