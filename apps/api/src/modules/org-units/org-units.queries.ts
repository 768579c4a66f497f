// Reusable SQL of the org-units feature. `unitColumns` expects the unit aliased as `u`.
export const unitColumns = `
  u.id, u.code, u.name, u.short_name AS "shortName", u.kind, u.subkind, u.parent_id AS "parentId",
  u.path::text AS path, nlevel(u.path) - 1 AS depth,
  (SELECT count(*)::int FROM org_units c WHERE c.parent_id = u.id) AS "childCount"`;
