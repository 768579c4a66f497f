import type { Actor } from '../../context/actor';
import type { Tx } from '../../db/tx';
import { limitError, spendChecks } from '../members';

/**
 * How a staged row (`r`) is recognised as a known person (`p`), strongest first. The one place to add a key.
 * `unique`: the key can belong to one person only, so a row matching it can never be created again.
 * An old ID number (CMND) is not unique in the registry (issued per province, collisions documented: see
 * migration 0025), so it matches only together with the same name.
 */
export const matchKeys = [
  { kind: 'cccd', unique: true, on: 'p.cccd = r.cccd' },
  {
    kind: 'old_id',
    unique: false,
    on: `p.old_id_number = r.old_id_number
         AND immutable_unaccent(lower(p.full_name)) = immutable_unaccent(lower(r.full_name))`,
  },
  {
    kind: 'phone',
    unique: false,
    on: `p.phone = r.phone AND p.birth_date = r.birth_date AND p.birth_date_precision = r.birth_date_precision
         AND immutable_unaccent(lower(p.full_name)) = immutable_unaccent(lower(r.full_name))`,
  },
] as const;

/** Kinds whose match forbids creating the person again (the SQL list for effectiveAction and checks). */
export const uniqueMatchKinds = matchKeys
  .filter((k) => k.unique)
  .map((k) => `'${k.kind}'`)
  .join(', ');

/** The person's open membership is in another union than the import's (`i`): the row asks for a transfer. */
const heldElsewhere = `EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = r.match_person_id
   AND m.status IN ('active', 'in_transit') AND m.unit_id <> i.unit_id)`;

/**
 * Match every row against known people. In scope: the row shows the person (id, name, differences).
 * Outside scope: a person holding an open membership makes the row a transfer request, named nowhere
 * (`held_elsewhere`, no match name); a CCCD on file with no open membership stays the `member_elsewhere`
 * error. Run at check time and again at commit (someone may have added the person in between). Each row
 * newly found outside scope is a country-wide check: counted against the user's hourly limit and audited;
 * past the limit the whole run fails and reveals nothing.
 */
export async function matchKnownPersons(
  tx: Tx,
  actor: Actor,
  record: { id: number; unit: { id: number } },
  scope: string[],
): Promise<void> {
  const importId = record.id;
  let hits = 0;
  for (const key of matchKeys) {
    // One join to persons per key. Each row takes its best candidate: a person in scope before one outside
    // (the row's current match first among those in scope, so a re-match keeps it); one outside only for a
    // row not yet matched, without errors, whose person holds an open membership.
    const { rows } = await tx.query<{ outside: number }>(
      `WITH c AS (
         SELECT DISTINCT ON (r.row_no) r.row_no, p.id, p.full_name, s.inside
           FROM member_import_rows r
           -- An index probe per row (OFFSET 0 keeps the planner from hash-joining all 12 M people: 0.3 s
           -- instead of 5–12 s for 100,000 rows; bench/RESULTS.md "import matching").
           CROSS JOIN LATERAL (SELECT p.id, p.full_name, p.unit_id FROM persons p
                                WHERE ${key.on} AND p.merged_into_id IS NULL OFFSET 0) p
           LEFT JOIN org_units u ON u.id = p.unit_id
           CROSS JOIN LATERAL (SELECT coalesce(u.path <@ $2::ltree[], false) AS inside) s
          WHERE r.import_id = $1
            AND (r.match_person_id IS NULL OR r.match_kind = '${key.kind}')
            AND (s.inside OR (r.match_person_id IS NULL AND NOT r.has_errors
                 AND EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id
                              AND m.status IN ('active', 'in_transit'))))
          ORDER BY r.row_no, s.inside DESC, p.id = r.match_person_id DESC NULLS LAST, p.id),
       hit AS (
         UPDATE member_import_rows r SET match_person_id = c.id, match_kind = '${key.kind}',
                match_name = CASE WHEN c.inside THEN c.full_name END, match_outside = NOT c.inside,
                held_elsewhere = CASE WHEN c.inside THEN r.held_elsewhere ELSE true END
           FROM c WHERE r.import_id = $1 AND r.row_no = c.row_no AND r.match_person_id IS DISTINCT FROM c.id
         RETURNING c.inside)
       SELECT count(*) FILTER (WHERE NOT inside)::int AS outside FROM hit`,
      [importId, scope],
    );
    // Each row newly matched outside scope is a country-wide check (see below).
    hits += rows[0]!.outside;
  }
  // A CCCD on file outside scope, with no membership to transfer: the row cannot be written.
  // The CCCD's holder by one index probe per row (persons_cccd is unique), never a scan of the registry.
  const { rowCount } = await tx.query(
    `UPDATE member_import_rows r
        SET errors = r.errors || jsonb_build_array(jsonb_build_object('code', 'member_elsewhere', 'field', 'cccd')),
            has_errors = true
       FROM (SELECT x.row_no, (SELECT p.id FROM persons p WHERE p.cccd = x.cccd) AS holder
               FROM member_import_rows x WHERE x.import_id = $1 AND x.cccd IS NOT NULL AND NOT x.has_errors) h
      WHERE r.import_id = $1 AND r.row_no = h.row_no AND h.holder IS NOT NULL
        AND (r.match_person_id IS NULL OR r.match_person_id <> h.holder)`,
    [importId],
  );
  hits += rowCount ?? 0;
  // In scope too, a membership in another union makes the row a transfer (the membership may have moved).
  // A person outside scope stays a transfer whatever happened: the row never writes to them.
  await tx.query(
    `UPDATE member_import_rows r SET held_elsewhere = ${heldElsewhere}
       FROM member_imports i WHERE i.id = r.import_id AND r.import_id = $1 AND r.match_person_id IS NOT NULL
        AND NOT r.match_outside AND r.held_elsewhere IS DISTINCT FROM ${heldElsewhere}`,
    [importId],
  );
  const spent = await spendChecks(tx, actor, {
    kind: 'import',
    unitId: record.unit.id,
    numbers: hits,
    foundElsewhere: hits,
  });
  if (!spent.allowed) throw limitError(spent.minutes);
}
