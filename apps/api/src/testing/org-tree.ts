import type { Session, TestApp } from './test-app';
import { unitId } from './test-app';

// Helpers the org-unit and reorganisation tests share.

/** Everything a unit change or a reorganisation could touch: units, their history, reorganisations. */
export async function treeFingerprint(t: TestApp): Promise<string> {
  const { rows } = await t.db.pool.query<{ f: string }>(
    `SELECT md5(concat_ws('|', (SELECT string_agg(u::text, ',' ORDER BY id) FROM org_units u),
       (SELECT string_agg(h::text, ',' ORDER BY id) FROM org_unit_parents h),
       (SELECT string_agg(r::text, ',' ORDER BY id) FROM reorganizations r))) AS f`,
  );
  return rows[0]!.f;
}

/** The unit codes of a list answer, sorted. */
export const codesOf = (res: { json: () => { items: { code: string }[] } }) =>
  res
    .json()
    .items.map((u) => u.code)
    .sort();

/** The codes of a unit's children today or as of a date, as `session` sees them. */
export const childCodes = async (t: TestApp, session: Session, code: string, asOf?: string) =>
  codesOf(
    await session.request('GET', `/api/org-units/${await unitId(t, code)}/children${asOf ? `?asOf=${asOf}` : ''}`),
  );
