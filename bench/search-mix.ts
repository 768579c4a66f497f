// The query mix of the member-search benchmark (issue 7), sampled from the database itself so it
// fits whatever data is loaded: names typed without diacritics (whole, partial, given name only),
// CCCD (whole and its first 9 digits), phone numbers (0…, +84…) and card numbers. Deterministic:
// a repeatable table sample and a seeded PRNG, so every run asks the same questions.
import type pg from 'pg';
import { foldVietnamese } from '@congdoan/domain';
import { prng } from '../apps/api/src/modules/members/name-pool';

export type SearchKind =
  'full-name' | 'middle-given' | 'family-middle' | 'given' | 'cccd' | 'cccd-prefix' | 'phone' | 'phone-intl' | 'card';
export type MixQuery = { kind: SearchKind; q: string };
export const searchKinds: SearchKind[] = [
  'full-name',
  'middle-given',
  'family-middle',
  'given',
  'cccd',
  'cccd-prefix',
  'phone',
  'phone-intl',
  'card',
];

type Sampled = { name: string; cccd: string | null; phone: string | null; card: string | null };

/**
 * About `size` queries, evenly over the kinds, from members under `unitPath` (default: everyone), so
 * a province officer searches members of their province. Names are folded ("nguyen thi hoa").
 */
export async function buildSearchMix(
  db: pg.Pool | pg.Client,
  {
    size = 200,
    seed = 7,
    unitPath,
    withoutLetter,
  }: { size?: number; seed?: number; unitPath?: string; withoutLetter?: string } = {},
): Promise<MixQuery[]> {
  const { rows: est } = await db.query<{ n: number }>(
    "SELECT greatest(reltuples, 1)::float8 AS n FROM pg_class WHERE relname = 'persons'",
  );
  // ~40,000 sampled persons nationally (then narrowed to the subtree), at least 1 % of small tables
  const percent = Math.min(100, Math.max(1, (40_000 / est[0]!.n) * 100));
  const { rows } = await db.query<Sampled>(
    `SELECT p.full_name AS name, p.cccd, p.phone, m.card_number AS card
       FROM persons p TABLESAMPLE SYSTEM ($1) REPEATABLE ($2)
       JOIN org_units u ON u.id = p.unit_id
       LEFT JOIN memberships m ON m.id = p.membership_id
      WHERE p.merged_into_id IS NULL AND p.member_status = 'active' ${unitPath ? 'AND u.path <@ $3::ltree' : ''}
      ORDER BY p.id LIMIT 5000`,
    unitPath ? [percent, seed, unitPath] : [percent, seed],
  );
  // (to leave out names a damaged dataset cannot match, e.g. --without-letter ư)
  if (withoutLetter) {
    const kept = rows.filter((r) => !r.name.toLocaleLowerCase('vi').includes(withoutLetter));
    rows.splice(0, rows.length, ...kept);
  }
  if (rows.length === 0) throw new Error('no members to sample the search mix from');
  const random = prng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const per = Math.ceil(size / searchKinds.length);
  const words = (r: Sampled) => foldVietnamese(r.name).split(/\s+/).filter(Boolean);
  const out: MixQuery[] = [];
  const withCccd = rows.filter((r) => r.cccd);
  const withPhone = rows.filter((r) => r.phone);
  const withCard = rows.filter((r) => r.card);
  for (let i = 0; i < per; i++) {
    const w = words(pick(rows));
    out.push({ kind: 'full-name', q: w.join(' ') });
    const m = words(pick(rows.filter((r) => words(r).length >= 3)));
    out.push({ kind: 'middle-given', q: m.slice(-2).join(' ') });
    out.push({
      kind: 'family-middle',
      q: words(pick(rows.filter((r) => words(r).length >= 3)))
        .slice(0, 2)
        .join(' '),
    });
    out.push({ kind: 'given', q: words(pick(rows)).at(-1)! });
    if (withCccd.length) {
      out.push({ kind: 'cccd', q: pick(withCccd).cccd! });
      out.push({ kind: 'cccd-prefix', q: pick(withCccd).cccd!.slice(0, 9) });
    }
    if (withPhone.length) {
      out.push({ kind: 'phone', q: pick(withPhone).phone! });
      out.push({ kind: 'phone-intl', q: `+84 ${pick(withPhone).phone!.slice(1)}` });
    }
    if (withCard.length) out.push({ kind: 'card', q: pick(withCard).card!.toLowerCase() });
  }
  return out;
}
