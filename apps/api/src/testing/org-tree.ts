import { expect } from 'vitest';
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

/** A bad call: its label, the call, the error code and a pattern of its Vietnamese message. */
export type RefusalCase = [
  string,
  () => Promise<{ statusCode: number; json: () => { error: { code: string; message: string } } }>,
  string,
  RegExp,
];

/** Each call answers 4xx with its code and message, and the tree is as it was. */
export async function expectRefusedUnchanged(t: TestApp, cases: RefusalCase[]): Promise<void> {
  for (const [label, call, code, message] of cases) {
    const before = await treeFingerprint(t);
    const res = await call();
    expect(res.statusCode, label).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, label).toBeLessThan(500);
    expect(res.json().error.code, label).toBe(code);
    expect(res.json().error.message, label).toMatch(message);
    expect(await treeFingerprint(t), label).toBe(before);
  }
}
