// Spending against budget (issue 17, item 5). Rule: every hand-out names one funding source of its
// programme and draws its whole amount from it (no proportional split: a gift is paid from one purse, and
// the accountant's books say which). It also counts against the quota budget of the unit that nominated
// the person: a unit may spend its budget less what it passed further down, so no subtree ever spends
// more than its quota. Both limits are checked under locks: the unit's quota row, then the source row.
import { AppError, formatNumberVN } from '@congdoan/domain';
import type { Tx } from '../../db/tx';

type Q = Pick<Tx, 'query'>;

/** Vietnamese names of the funding sources, for messages and documents (the web has its own i18n). */
export const sourceLabels: Record<string, string> = {
  union_fund: 'Tài chính công đoàn',
  social_fund: 'Quỹ xã hội',
  sponsor: 'Nhà tài trợ',
  co_funding: 'Liên đoàn khác cùng hỗ trợ',
  other: 'Nguồn khác',
};

export const sourceName = (f: { sourceKind: string; sponsorName: string | null }) =>
  f.sponsorName || sourceLabels[f.sourceKind] || f.sourceKind;

/** VND handed out by the quota's own unit (alias q), the part of its budget it spent itself. */
export const spentOwnSql = `coalesce((SELECT sum(h.amount_vnd) FROM welfare_handouts h
  JOIN welfare_nominations hn ON hn.id = h.nomination_id
 WHERE hn.programme_id = q.programme_id AND hn.unit_id = q.unit_id), 0)::bigint`;

type Source = { id: number; sourceKind: string; sponsorName: string | null; amountVnd: number; spentVnd: number };

/** The programme's sources with what was drawn from each (`except` a hand-out being edited). */
async function sources(tx: Q, programmeId: number, exceptHandoutId: number | null): Promise<Source[]> {
  const { rows } = await tx.query<Source>(
    `SELECT f.id, f.source_kind AS "sourceKind", f.sponsor_name AS "sponsorName", f.amount_vnd AS "amountVnd",
            coalesce((SELECT sum(h.amount_vnd) FROM welfare_handouts h
                       WHERE h.funding_id = f.id AND h.id IS DISTINCT FROM $2::bigint), 0)::bigint AS "spentVnd"
       FROM welfare_funding f WHERE f.programme_id = $1 ORDER BY f.id`,
    [programmeId, exceptHandoutId],
  );
  return rows;
}

/**
 * Check that a hand-out of `amount` by the nomination's unit fits both its quota budget and a funding source,
 * and return the source it draws on (the one named, else the first with enough left; none when the programme
 * lists no sources). Locks the unit's quota row, then the sources, so concurrent hand-outs queue here.
 */
export async function drawOn(
  tx: Q,
  n: { programmeId: number; unitId: number },
  amount: number,
  fundingId: number | null | undefined,
  exceptHandoutId: number | null,
): Promise<number | null> {
  const { rows: locked } = await tx.query<{ id: number }>(
    'SELECT id FROM welfare_quotas WHERE programme_id = $1 AND unit_id = $2 FOR UPDATE',
    [n.programmeId, n.unitId],
  );
  if (!locked[0]) throw new AppError('WELFARE_NO_QUOTA', { unitId: n.unitId });
  // a fresh statement after the lock sees every committed hand-out
  const { rows: quota } = await tx.query<{ unitName: string; remaining: number }>(
    `SELECT u.name AS "unitName",
            (q.budget_vnd - coalesce((SELECT sum(c.budget_vnd) FROM welfare_quotas c WHERE c.parent_quota_id = q.id), 0)
             - coalesce((SELECT sum(h.amount_vnd) FROM welfare_handouts h JOIN welfare_nominations hn ON hn.id = h.nomination_id
                          WHERE hn.programme_id = q.programme_id AND hn.unit_id = q.unit_id
                            AND h.id IS DISTINCT FROM $2::bigint), 0))::bigint AS remaining
       FROM welfare_quotas q JOIN org_units u ON u.id = q.unit_id WHERE q.id = $1`,
    [locked[0].id, exceptHandoutId],
  );
  const q = quota[0]!;
  if (amount > q.remaining) {
    throw new AppError('WELFARE_BUDGET_EXCEEDED', {
      unit: q.unitName,
      remaining: formatNumberVN(Math.max(q.remaining, 0)),
      amount: formatNumberVN(amount),
    });
  }
  await tx.query('SELECT id FROM welfare_funding WHERE programme_id = $1 ORDER BY id FOR UPDATE', [n.programmeId]);
  const all = await sources(tx, n.programmeId, exceptHandoutId);
  if (fundingId != null) {
    const named = all.find((s) => s.id === fundingId);
    if (!named) throw new AppError('WELFARE_FUNDING_NOT_FOUND', { id: fundingId });
    return fits(named, amount);
  }
  if (all.length === 0) return null;
  const first = all.find((s) => s.amountVnd - s.spentVnd >= amount);
  // none has enough: name the one with most left in the refusal
  return fits(first ?? [...all].sort((a, b) => b.amountVnd - b.spentVnd - (a.amountVnd - a.spentVnd))[0]!, amount);
}

function fits(s: Source, amount: number): number {
  const remaining = s.amountVnd - s.spentVnd;
  if (amount > remaining) {
    throw new AppError('WELFARE_FUNDING_EXCEEDED', {
      source: sourceName(s),
      remaining: formatNumberVN(Math.max(remaining, 0)),
      amount: formatNumberVN(amount),
    });
  }
  return s.id;
}

/**
 * Write a programme's funding sources on create and edit. Sources keep their rows (hand-outs point at them):
 * matched by id, else by kind and sponsor; one that hand-outs drew on cannot go or drop below what they took.
 */
export async function writeFundingRows(
  tx: Q,
  programmeId: number,
  input: { id?: number | null; sourceKind: string; sponsorName?: string | null; amountVnd: number }[],
): Promise<void> {
  await tx.query('SELECT id FROM welfare_funding WHERE programme_id = $1 ORDER BY id FOR UPDATE', [programmeId]);
  const existing = await sources(tx, programmeId, null);
  const left = new Map(existing.map((s) => [s.id, s]));
  for (const f of input) {
    const sponsorName = f.sponsorName || null;
    const match =
      f.id != null
        ? left.get(f.id)
        : [...left.values()].find((s) => s.sourceKind === f.sourceKind && s.sponsorName === sponsorName);
    if (f.id != null && !match) throw new AppError('WELFARE_FUNDING_NOT_FOUND', { id: f.id });
    if (!match) {
      await tx.query(
        'INSERT INTO welfare_funding (programme_id, source_kind, sponsor_name, amount_vnd) VALUES ($1, $2, $3, $4)',
        [programmeId, f.sourceKind, sponsorName, f.amountVnd],
      );
      continue;
    }
    left.delete(match.id);
    if (f.amountVnd < match.spentVnd) throw inUse(match);
    await tx.query('UPDATE welfare_funding SET source_kind = $2, sponsor_name = $3, amount_vnd = $4 WHERE id = $1', [
      match.id,
      f.sourceKind,
      sponsorName,
      f.amountVnd,
    ]);
  }
  for (const gone of left.values()) {
    const { rows } = await tx.query('SELECT 1 FROM welfare_handouts WHERE funding_id = $1 LIMIT 1', [gone.id]);
    if (rows[0]) throw inUse(gone);
    await tx.query('DELETE FROM welfare_funding WHERE id = $1', [gone.id]);
  }
}

const inUse = (s: Source) =>
  new AppError('WELFARE_FUNDING_IN_USE', { source: sourceName(s), spent: formatNumberVN(s.spentVnd) });
