// A varied, repeatable query mix for member search, sampled from the target database itself:
// whole names without diacritics, partial names, given names, CCCD, phone (0… and +84…), card numbers.
import pg from 'pg';
import { foldVietnamese } from '@congdoan/domain';

export type SearchQuery = { kind: string; q: string };

/** `size` queries drawn from the members of `federationId` (or the whole nation), same database → same mix. */
export async function buildSearchMix(pool: pg.Pool, federationId: number | null, size = 120): Promise<SearchQuery[]> {
  const est = await pool.query<{ n: number }>(
    `SELECT greatest(reltuples, 1)::float8 AS n FROM pg_class WHERE relname = 'persons'`,
  );
  // enough sampled rows for `size` queries even inside one province of 34
  const percent = Math.min(100, ((size * 40 * 34) / est.rows[0]!.n) * 100);
  const { rows } = await pool.query<{
    full_name: string;
    given_name: string;
    middle_name: string;
    cccd: string | null;
    phone: string | null;
    card: string | null;
  }>(
    `SELECT p.full_name, p.given_name, p.middle_name, p.cccd, p.phone, m.card_number AS card
       FROM persons p TABLESAMPLE SYSTEM (${percent.toFixed(6)}) REPEATABLE (42)
       LEFT JOIN memberships m ON m.id = p.membership_id
      WHERE p.merged_into_id IS NULL AND ($1::bigint IS NULL OR p.federation_id = $1)
      ORDER BY p.id LIMIT $2`,
    [federationId, size * 2],
  );
  const out: SearchQuery[] = [];
  const kinds = ['full_name', 'partial', 'given', 'family_given', 'cccd', 'phone', 'phone_intl', 'card'] as const;
  for (let i = 0; out.length < size && i < rows.length * kinds.length; i++) {
    const r = rows[i % rows.length]!;
    const kind = kinds[i % kinds.length]!;
    const words = foldVietnamese(r.full_name).toLowerCase().split(/\s+/);
    const q =
      kind === 'full_name'
        ? words.join(' ')
        : kind === 'partial'
          ? words.slice(-2).join(' ')
          : kind === 'given'
            ? foldVietnamese(r.given_name).toLowerCase()
            : kind === 'family_given'
              ? `${words[0]} ${words[words.length - 1]}`
              : kind === 'cccd'
                ? r.cccd
                : kind === 'phone'
                  ? r.phone
                  : kind === 'phone_intl'
                    ? r.phone
                      ? `+84${r.phone.slice(1)}`
                      : null
                    : r.card;
    if (q) out.push({ kind, q });
  }
  return out;
}
