// What `congdoan seed operations` builds on: the units of an existing dataset (with their federation and
// the persons they hold, as id ranges), the five-year window and its quarters, and the COPY-row helpers
// every operations file shares.
import type pg from 'pg';
import { copyValue } from '../../db/copy-text';
import { asOf, windowStart } from './generate-rows';

export type OpsUnit = {
  id: number;
  kind: string;
  parentId: number | null;
  federationId: number | null;
  provinceCode: string | null;
  communeCode: string | null;
  adminVersion: string | null;
  foundedOn: string | null;
  closedOn: string | null;
  name: string;
  /** Persons held, when their ids are one contiguous range (the synthetic loader's): pick by offset. */
  persons: { lo: number; n: number } | null;
};

export type OpsUnits = {
  root: OpsUnit;
  all: OpsUnit[];
  byId: Map<number, OpsUnit>;
  federations: OpsUnit[];
  upper: OpsUnit[];
  grassroots: OpsUnit[];
  /** Grassroots unions under each upper union (open ones). */
  childrenOf: Map<number, OpsUnit[]>;
};

export async function loadOpsUnits(client: pg.PoolClient): Promise<OpsUnits> {
  const { rows } = await client.query<{
    id: string;
    kind: string;
    parent_id: string | null;
    fed: string | null;
    province_code: string | null;
    commune_code: string | null;
    admin_version: string | null;
    founded_on: string | null;
    closed_on: string | null;
    name: string;
    lo: string | null;
    hi: string | null;
    n: string | null;
  }>(
    `SELECT u.id, u.kind, u.parent_id, ltree_federation(u.path) AS fed, u.province_code, u.commune_code,
            u.admin_version, u.founded_on::text, u.closed_on::text, u.name, p.lo, p.hi, p.n
       FROM org_units u
       LEFT JOIN (SELECT unit_id, min(id) AS lo, max(id) AS hi, count(*) AS n FROM persons
                   WHERE unit_id IS NOT NULL GROUP BY unit_id) p ON p.unit_id = u.id
      ORDER BY u.id`,
  );
  const all: OpsUnit[] = rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    federationId: r.fed === null ? null : Number(r.fed),
    provinceCode: r.province_code,
    communeCode: r.commune_code,
    adminVersion: r.admin_version,
    foundedOn: r.founded_on,
    closedOn: r.closed_on,
    name: r.name,
    persons:
      r.n !== null && Number(r.hi) - Number(r.lo) + 1 === Number(r.n) ? { lo: Number(r.lo), n: Number(r.n) } : null,
  }));
  const open = all.filter((u) => u.closedOn === null);
  const root = all.find((u) => u.parentId === null);
  if (!root) throw new Error('Không có đơn vị gốc: chạy `congdoan seed synthetic` trước (no root unit).');
  const childrenOf = new Map<number, OpsUnit[]>();
  const grassroots = open.filter((u) => u.kind === 'grassroots_union');
  for (const g of grassroots) {
    if (g.parentId === null) continue;
    const list = childrenOf.get(g.parentId) ?? [];
    list.push(g);
    childrenOf.set(g.parentId, list);
  }
  return {
    root,
    all,
    byId: new Map(all.map((u) => [u.id, u])),
    federations: open.filter((u) => u.kind === 'provincial_federation'),
    upper: open.filter((u) => u.kind === 'upper_union'),
    grassroots,
    childrenOf,
  };
}

const DAY = 86_400_000;
export const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
export const isoOf = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
/** An instant in Vietnam time on a day, at hour:minute. */
export const vnAt = (day: number, hour: number, minute = 0) =>
  `${isoOf(day)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+07`;

/** The window: five years up to the synthetic dataset's fixed day, so a seed always gives the same rows. */
export const opsEnd = dayOf(asOf);
export const opsStart = dayOf(windowStart);

/** The last `n` calendar quarters that ended before the dataset's day, oldest first. */
export function lastQuarters(n: number): { from: string; to: string; label: string; year: number; q: number }[] {
  const end = new Date(opsEnd * DAY);
  let year = end.getUTCFullYear();
  let q = Math.floor(end.getUTCMonth() / 3); // the current quarter is 1-based q+1: the last complete one is q
  if (q === 0) {
    year -= 1;
    q = 4;
  }
  const out = [];
  for (let i = 0; i < n; i++) {
    const from = `${year}-${String(3 * q - 2).padStart(2, '0')}-01`;
    const to = isoOf(dayOf(q === 4 ? `${year + 1}-01-01` : `${year}-${String(3 * q + 1).padStart(2, '0')}-01`) - 1);
    out.unshift({ from, to, label: `Quý ${['I', 'II', 'III', 'IV'][q - 1]} năm ${year}`, year, q });
    q -= 1;
    if (q === 0) {
      year -= 1;
      q = 4;
    }
  }
  return out;
}

/** One COPY text line from values. */
export const line = (values: unknown[]) => values.map(copyValue).join('\t') + '\n';

/** Rows buffered into chunks for a COPY stream. */
export async function* chunked(rows: Iterable<string>, size = 2000): AsyncGenerator<string> {
  let buf: string[] = [];
  for (const r of rows) {
    buf.push(r);
    if (buf.length >= size) {
      yield buf.join('');
      buf = [];
    }
  }
  if (buf.length) yield buf.join('');
}

/** The next free id of each table (rows are loaded with explicit ids, in order). */
export async function nextIds(client: pg.PoolClient, tables: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const { rows } = await client.query<{ n: string }>(`SELECT coalesce(max(id), 0) + 1 AS n FROM ${t}`);
    out[t] = Number(rows[0]!.n);
  }
  return out;
}

/** A Poisson-like count with mean m: the whole part plus one with the fraction's probability. */
export const countAbout = (m: number, r: () => number) => Math.floor(m) + (r() < m - Math.floor(m) ? 1 : 0);
