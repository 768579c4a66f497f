// Reusable SQL of the org-units feature. The column lists expect the unit aliased as `u`.
export const unitColumns = `
  u.id, u.code, u.name, u.short_name AS "shortName", u.kind, u.subkind, u.parent_id AS "parentId",
  u.path::text AS path, nlevel(u.path) - 1 AS depth,
  (SELECT count(*)::int FROM org_units c WHERE c.parent_id = u.id AND c.closed_on IS NULL) AS "childCount",
  -- active members of the unit itself, from the rollup maintained by triggers (no count over memberships)
  (SELECT coalesce(sum(s.n), 0)::int FROM unit_member_stats s WHERE s.unit_id = u.id AND s.status = 'active') AS "memberCount",
  to_char(u.founded_on, 'YYYY-MM-DD') AS "foundedOn", to_char(u.closed_on, 'YYYY-MM-DD') AS "closedOn"`;

export const detailColumns = `${unitColumns},
  u.admin_version AS "adminVersion", u.province_code AS "provinceCode",
  (SELECT p.full_name FROM admin_provinces p WHERE p.version = u.admin_version AND p.code = u.province_code) AS "provinceName",
  u.district_code AS "districtCode", u.commune_code AS "communeCode",
  (SELECT c.full_name FROM admin_communes c WHERE c.version = u.admin_version AND c.code = u.commune_code) AS "communeName",
  u.address, u.phone, u.email, u.sector, u.employer_name AS "employerName", u.employer_tax_code AS "employerTaxCode",
  u.employer_industry AS "employerIndustry", u.employer_address AS "employerAddress",
  u.employer_workers AS "employerWorkers"`;
