import type pg from 'pg';
import { AppError } from '@congdoan/domain';

type Db = pg.Pool | pg.PoolClient;

export const defaultCardPattern = '{FED}-{YYYY}-{SEQ:6}';

/** Render a card number: {FED} federation code, {YYYY}/{YY} year, {SEQ:n} zero-padded sequence. */
export function renderCardNumber(pattern: string, values: { fed: string; year: number; seq: number }): string {
  if (!/\{SEQ:(?:[4-9]|10)\}/.test(pattern)) throw new AppError('CARD_SCHEME_INVALID');
  return pattern
    .replace(/\{FED\}/g, values.fed)
    .replace(/\{YYYY\}/g, String(values.year))
    .replace(/\{YY\}/g, String(values.year % 100).padStart(2, '0'))
    .replace(/\{SEQ:(\d+)\}/g, (_, n: string) => String(values.seq).padStart(Number(n), '0'))
    .toUpperCase();
}

/** The provincial federation (or central industry union) above a unit; the root when there is none. */
export async function federationOf(db: Db, unitId: number): Promise<{ id: number; code: string; name: string }> {
  const { rows } = await db.query<{ id: number; code: string; name: string }>(
    `SELECT f.id, f.code, f.name FROM org_units u JOIN org_units f ON f.path @> u.path
      WHERE u.id = $1 AND (f.kind IN ('provincial_federation', 'central_industry_union') OR f.parent_id IS NULL)
      ORDER BY nlevel(f.path) DESC LIMIT 1`,
    [unitId],
  );
  return rows[0]!;
}

/**
 * Take the next free number of the federation's scheme. The scheme row is locked, and a number
 * already present in member_cards (e.g. after a pattern change) is skipped, so numbers never repeat.
 */
export async function nextCardNumber(tx: pg.PoolClient, federationId: number, fedCode: string, year: number) {
  await tx.query(`INSERT INTO card_schemes (unit_id, pattern) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    federationId,
    defaultCardPattern,
  ]);
  const { rows } = await tx.query<{ pattern: string; nextSeq: string }>(
    `SELECT pattern, next_seq AS "nextSeq" FROM card_schemes WHERE unit_id = $1 FOR UPDATE`,
    [federationId],
  );
  let seq = Number(rows[0]!.nextSeq);
  for (let attempt = 0; attempt < 10_000; attempt++, seq++) {
    const number = renderCardNumber(rows[0]!.pattern, { fed: fedCode, year, seq });
    const taken = await tx.query('SELECT 1 FROM member_cards WHERE card_number = $1', [number]);
    if (!taken.rowCount) {
      await tx.query('UPDATE card_schemes SET next_seq = $2, updated_at = now() WHERE unit_id = $1', [
        federationId,
        seq + 1,
      ]);
      return number;
    }
  }
  throw new AppError('CARD_SCHEME_INVALID');
}
