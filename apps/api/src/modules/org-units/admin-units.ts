import type { Ctx } from '../../context/context';

/** Provinces of a list version, or the communes of one province: the location pickers' data. */
export async function listAdminUnits(
  ctx: Ctx,
  input: { version: string; provinceCode?: string | undefined },
): Promise<{ code: string; name: string; provinceCode: string | null }[]> {
  const sql = input.provinceCode
    ? `SELECT code, full_name AS name, province_code AS "provinceCode" FROM admin_communes
        WHERE version = $1 AND province_code = $2 ORDER BY full_name`
    : `SELECT code, full_name AS name, NULL AS "provinceCode" FROM admin_provinces WHERE version = $1 ORDER BY code`;
  const { rows } = await ctx.pool.query<{ code: string; name: string; provinceCode: string | null }>(
    sql,
    input.provinceCode ? [input.version, input.provinceCode] : [input.version],
  );
  return rows;
}
