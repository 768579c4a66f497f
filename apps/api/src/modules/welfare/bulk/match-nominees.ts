import type { Tx } from '../../../db/tx';
import type { NominationList } from './nomination-list.queries';

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
  const kinds: [kind: string, condition: string][] = [
    ['cccd', 'r.cccd IS NOT NULL AND p.cccd = r.cccd'],
    ['phone', `r.phone IS NOT NULL AND p.phone = r.phone AND ${sameName} AND ${noConflict}`],
    [
      'probable',
      `r.birth_date IS NOT NULL AND p.birth_date = r.birth_date AND p.birth_date_precision = r.birth_date_precision
       AND ${sameName} AND ${noConflict}`,
    ],
  ];
  for (const [kind, condition] of kinds) {
    await tx.query(
      `WITH hit AS (
         SELECT r.row_no, min(p.id) AS person_id, min(p.full_name) AS name, count(*) AS n
           FROM member_import_rows r JOIN LATERAL (SELECT p.id, p.full_name ${scope} AND ${condition}) p ON true
          WHERE r.import_id = $1 AND r.match_person_id IS NULL AND NOT r.has_errors
          GROUP BY r.row_no)
       UPDATE member_import_rows r SET match_person_id = hit.person_id, match_kind = $3, match_name = hit.name
         FROM hit WHERE r.import_id = $1 AND r.row_no = hit.row_no AND hit.n = 1`,
      [list.id, list.unitPath, kind],
    );
  }
}
