// The periods the dashboards keep: calendar quarters, and each year as a whole (so a year's figure comes
// from the engine, never from adding quarters: a ratio or an end-of-period count does not add up).

export type SnapshotPeriod = { kind: 'quarter' | 'year'; from: string; to: string };

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function quarterOf(year: number, q: number): SnapshotPeriod {
  const m = (q - 1) * 3 + 1;
  return { kind: 'quarter', from: iso(year, m, 1), to: iso(year, m + 2, lastDay(year, m + 2)) };
}

export function yearOf(year: number): SnapshotPeriod {
  return { kind: 'year', from: iso(year, 1, 1), to: iso(year, 12, 31) };
}

/** Label of a quarter starting on `from` (yyyy-mm-dd): "Q3/2026". */
export function quarterLabel(from: string): string {
  return `Q${Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1}/${from.slice(0, 4)}`;
}

/**
 * The last `quarters` quarters up to the one holding `today` (Vietnam's date, yyyy-mm-dd), with the years
 * they fall in, newest first.
 */
export function periodsToRefresh(today: string, quarters: number): SnapshotPeriod[] {
  let y = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: SnapshotPeriod[] = [];
  const years = new Set<number>();
  for (let i = 0; i < quarters; i++) {
    out.push(quarterOf(y, q));
    years.add(y);
    if (--q === 0) [y, q] = [y - 1, 4];
  }
  return [...out, ...[...years].map(yearOf)];
}
