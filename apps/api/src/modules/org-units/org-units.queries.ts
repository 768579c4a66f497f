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

/**
 * Active members today in the subtree of the unit aliased `u`, from the member rollups (migration 0009),
 * by the same three shapes as the dashboard (unit-dashboard.ts), so the tree and "Số liệu trong cây" agree:
 * a depth-1 unit (province, national sector union) reads its own top rows; a root sums its depth-1
 * children's top rows and its own unit rows; a deeper unit sums the unit rows of its subtree (one range of
 * org_units_path_text). For a few rows (the roots); a list of children uses children-members.ts.
 */
export const subtreeMembersColumn = `(CASE nlevel(u.path)
  WHEN 2 THEN (SELECT coalesce(sum(t.n), 0) FROM top_member_stats t WHERE t.top_id = u.id AND t.status = 'active')
  WHEN 1 THEN (SELECT coalesce(sum(t.n), 0) FROM top_member_stats t JOIN org_units c ON c.id = t.top_id
                WHERE c.parent_id = u.id AND t.status = 'active')
            + (SELECT coalesce(sum(s.n), 0) FROM unit_member_stats s WHERE s.unit_id = u.id AND s.status = 'active')
  ELSE (SELECT coalesce(sum(s.n), 0) FROM org_units d JOIN unit_member_stats s ON s.unit_id = d.id AND s.status = 'active'
         -- the unit and its descendants: one range of the path text (labels are ids: digits, then '.')
         WHERE ltree2text(d.path) COLLATE "C" >= ltree2text(u.path)
           AND ltree2text(d.path) COLLATE "C" < ltree2text(u.path) || '/')
  END)::int AS "subtreeMemberCount"`;
