import type { Tx } from '../../../db/tx';
import type { NominationList } from './nomination-list.queries';

/** Rows of a list still to match by one kind of key, up to which a probe per row beats reading the subtree. */
const PROBE_UP_TO = 500;

/**
 * Find each row's person among the people the unit may nominate (its subtree, live records): by CCCD; else
 * by phone with the same name (a family shares a phone); else by name and birth date as written. A key that
 * fits two people matches nobody. A CCCD in the file that differs from the registry's blocks the softer keys.
 * Unmatched rows stay unmatched: non-members where the programme allows, else an error.
 */
export async function matchNominees(tx: Tx, list: NominationList): Promise<void> {
  const scope = `FROM persons p JOIN org_units pu ON pu.id = p.unit_id
      WHERE pu.path <@ $2::ltree AND p.merged_into_id IS NULL`;
  const sameName = 'immutable_unaccent(lower(p.full_name)) = immutable_unaccent(lower(r.full_name))';
  const noConflict = '(r.cccd IS NULL OR p.cccd IS NULL OR p.cccd = r.cccd)';
  const kinds: [kind: string, key: string, condition: string, selective: boolean][] = [
    ['cccd', 'r.cccd', 'p.cccd = r.cccd', true],
    ['phone', 'r.phone', `p.phone = r.phone AND ${sameName} AND ${noConflict}`, true],
    [
      'probable',
      'r.birth_date',
      `p.birth_date = r.birth_date AND p.birth_date_precision = r.birth_date_precision AND ${sameName} AND ${noConflict}`,
      false,
    ],
  ];
  const todo = 'r.import_id = $1 AND r.match_person_id IS NULL AND NOT r.has_errors';
  for (const [kind, key, condition, selective] of kinds) {
    // Planned from a province's whole subtree (1.6 M people for Hồ Chí Minh), the birth-date match took up to
    // 22 s a list at 12 M even with no row left to match. So: nothing to do, nothing read; a selective key (or
    // few rows) probes its index row by row (OFFSET 0 keeps the planner from flattening the probe into a join);
    // many rows by birth date (≈ 600 people share one nationally) let the planner read the subtree once.
    const { rows } = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM member_import_rows r WHERE ${todo} AND ${key} IS NOT NULL`,
      [list.id],
    );
    const n = rows[0]!.n;
    if (n === 0) continue;
    const probe = selective || n <= PROBE_UP_TO ? 'OFFSET 0' : '';
    await tx.query(
      `WITH hit AS (
         SELECT r.row_no, min(p.id) AS person_id, min(p.full_name) AS name, count(*) AS n
           FROM member_import_rows r
           JOIN LATERAL (SELECT p.id, p.full_name ${scope} AND ${key} IS NOT NULL AND ${condition} ${probe}) p ON true
          WHERE ${todo}
          GROUP BY r.row_no)
       UPDATE member_import_rows r SET match_person_id = hit.person_id, match_kind = $3, match_name = hit.name
         FROM hit WHERE r.import_id = $1 AND r.row_no = hit.row_no AND hit.n = 1`,
      [list.id, list.unitPath, kind],
    );
  }
}
