import { Permission, type MemberListQuery, type MemberSummary } from '@congdoan/domain';
import { pathInScope, scopeFor, type Actor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { sqlTodayVN } from '../../kit/dates';
import { cachePer } from '../../kit/ttl-cache';
import { selectSummaries } from './member-select';
import { parseSearch, type SearchTerms } from './search-terms';
import { mergedTier, nameTiers, type Tier } from './search-tiers';

/** Fewer digits than this are too common a prefix of CCCD and phone numbers to search by. */
export const MIN_PREFIX_DIGITS = 6;

export const memberOrderBy: Record<MemberListQuery['sort'], string> = {
  name: 'p.sort_key, p.id',
  '-name': 'p.sort_key DESC, p.id DESC',
  admittedOn: 'm.admitted_on, p.id',
  '-admittedOn': 'm.admitted_on DESC NULLS LAST, p.id DESC',
  birthDate: 'p.birth_date NULLS LAST, p.id',
  '-birthDate': 'p.birth_date DESC NULLS LAST, p.id DESC',
};

/** Where the list looks: every unit (no unit filter needed), or the subtrees of these unit paths. */
export type UnitSet = 'all' | { roots: string[]; sector?: string };

export type MemberFilter = {
  /** Everything but the search text. */
  baseSql: string;
  /** The search text's condition (a name in any tier, an identifier or a card), or null. */
  searchSql: string | null;
  whereSql: string;
  terms: SearchTerms | null;
  params: unknown[];
  /** The scope condition alone and its parameters (a prefix of `params`). */
  scopeSql: string;
  /** The query of the unit ids in scope (parameters as in `scopeParams`), or null for every unit. */
  scopeUnitsSql: string | null;
  /** `baseSql` without the scope (parameters numbered as in `baseParams`). */
  restSql: string;
  scopeParams: unknown[];
  /** The parameters of `baseSql` alone (a prefix of `params`). */
  baseParams: unknown[];
  personal: string[];
  needsMembership: boolean;
  /** The same filter with the scope as an indexable array (for queries over a matching set). */
  set?: MemberFilter;
};

/**
 * The WHERE clause of the member list for `query` within the actor's member.read scope, over persons `p`
 * and (when `needsMembership`) memberships `m`; the list and the export share it. The scope is a list of
 * unit ids: resolved beforehand (`units`, a constant array PostgreSQL hashes) or as a subquery.
 */
export function memberFilter(
  actor: Actor,
  query: Omit<MemberListQuery, 'page' | 'pageSize'>,
  units?: UnitSet,
  hashedScope = false,
): MemberFilter {
  const personal = scopeFor(actor, Permission.PersonalDataRead);
  const params: unknown[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  let scopeUnitsSql: string | null = null;
  if (units === 'all') where.push('p.unit_id IS NOT NULL');
  else if (units) {
    // The unit ids are computed in the statement (org_units_path_text: a subtree is one range).
    const sector = units.sector ? `AND u.subkind = ${add(units.sector)}` : '';
    const roots = add(units.roots);
    const ids = `SELECT u.id FROM unnest(${roots}::text[]) r JOIN org_units u
                    ON ltree2text(u.path) COLLATE "C" >= r || '.' AND ltree2text(u.path) COLLATE "C" < r || '/'
                 WHERE true ${sector}
                 UNION ALL SELECT u.id FROM org_units u WHERE ltree2text(u.path) COLLATE "C" = ANY(${roots}::text[]) ${sector}`;
    // A walk in name order checks the scope per row: a hashed subplan (one hash probe per row);
    // otherwise an array the persons_unit index is searched with.
    where.push(hashedScope ? `(p.unit_id IN (${ids})) IS TRUE` : `p.unit_id = ANY(ARRAY(${ids}))`);
    scopeUnitsSql = ids;
  } else {
    const unitWhere = [`path <@ ${add(scopeFor(actor, Permission.MemberRead))}::ltree[]`];
    if (query.unit) unitWhere.push(`path <@ (SELECT path FROM org_units WHERE id = ${add(query.unit)})`);
    if (query.sector) unitWhere.push(`subkind = ${add(query.sector)}`);
    scopeUnitsSql = `SELECT id FROM org_units WHERE ${unitWhere.join(' AND ')}`;
    where.push(`p.unit_id = ANY(ARRAY(${scopeUnitsSql}))`);
  }
  const scopeSql = where[0]!;
  const scopeParams = [...params];
  where.push('p.merged_into_id IS NULL');
  if (query.status !== 'all') where.push(`p.member_status = ${add(query.status)}`);
  if (query.gender) where.push(`p.gender = ${add(query.gender)}`);
  // Ages on Vietnam's calendar day. A partial birth date is its first day (the earliest it may be),
  // the bound the age rules use too (partial-date.ts).
  if (query.ageFrom !== undefined)
    where.push(`p.birth_date <= ${sqlTodayVN} - make_interval(years => ${add(query.ageFrom)}::int)`);
  if (query.ageTo !== undefined)
    where.push(`p.birth_date > ${sqlTodayVN} - make_interval(years => ${add(query.ageTo + 1)}::int)`);
  let needsMembership = query.sort.endsWith('admittedOn');
  if (query.admittedYear) {
    needsMembership = true;
    where.push(`m.admitted_on >= make_date(${add(query.admittedYear)}::int, 1, 1)
                AND m.admitted_on < make_date(${add(query.admittedYear + 1)}::int, 1, 1)`);
  }
  if (query.card) {
    needsMembership = true;
    where.push(query.card === 'issued' ? 'm.card_number IS NOT NULL' : 'm.card_number IS NULL');
  }
  const baseParams = [...params];
  const terms = parseSearch(query.q);
  let searchSql: string | null = null;
  if (terms?.kind === 'name') searchSql = nameTiers(terms.tokens).all(add);
  else if (terms) {
    // Each branch uses its own unique index; the union of ids is then joined (a short semi-join).
    const branches: string[] = [];
    const card = terms.kind === 'card' ? terms.card : terms.digits;
    branches.push(
      `SELECT m.person_id FROM member_cards c JOIN memberships m ON m.id = c.membership_id WHERE c.card_number = ${add(card)}`,
    );
    if (terms.kind === 'digits' && personal.length > 0) {
      // CCCD and phone only find members whose personal data the actor may read.
      const ids: string[] = [];
      const { digits, phone } = terms;
      if (digits.length === 12) ids.push(`SELECT id FROM persons WHERE cccd = ${add(digits)}`);
      else if (digits.length >= MIN_PREFIX_DIGITS) {
        // A CCCD typed in part (its first digits) is a range of persons_cccd (C collation: ':'
        // follows '9'); an old 9-digit number is also looked up padded to 12.
        ids.push(`SELECT id FROM persons WHERE cccd >= ${add(digits)} AND cccd < ${add(digits + ':')}`);
        if (digits.length === 9) ids.push(`SELECT id FROM persons WHERE cccd = ${add(digits.padStart(12, '0'))}`);
      }
      // An old ID number (CMND) is found only whole: 9 digits (persons_old_id).
      if (digits.length === 9) ids.push(`SELECT id FROM persons WHERE old_id_number = ${add(digits)}`);
      if (phone) ids.push(`SELECT id FROM persons WHERE phone = ${add(phone)}`);
      else if (digits.startsWith('0') && digits.length >= MIN_PREFIX_DIGITS && digits.length < 10)
        // the first digits of a phone number (stored as 0xxxxxxxxx): a range of persons_phone
        ids.push(`SELECT id FROM persons WHERE phone >= ${add(digits)} AND phone < ${add(digits + ':')}`);
      if (ids.length)
        branches.push(
          `SELECT x.id FROM (${ids.join(' UNION ')}) x JOIN persons xp ON xp.id = x.id
             JOIN org_units xu ON xu.id = xp.unit_id WHERE xu.path <@ ${add(personal)}::ltree[]`,
        );
    }
    searchSql = `p.id IN (${branches.join(' UNION ')})`;
  }
  const baseSql = where.join(' AND ');
  const restSql = where.slice(1).join(' AND ');
  return {
    baseSql,
    searchSql,
    whereSql: searchSql ? `${baseSql} AND ${searchSql}` : baseSql,
    terms,
    params,
    baseParams,
    scopeSql,
    scopeUnitsSql,
    restSql,
    scopeParams,
    personal,
    needsMembership,
  };
}

/** Tuning of the query shapes (tests lower them to exercise the large-scale shapes on small data). */
export type SearchTuning = {
  /** Up to this many members in scope, search them all at once: exact total, any order. */
  smallScope: number;
  /** Index entries a count may read before it answers "at least this many". */
  countBudget: number;
  /** No total is counted beyond this. */
  countCap: number;
  /** Index entries a page walk of a tier reads before it takes the tier's matching set instead. */
  walkBudget: number;
  /** A matching set estimated larger than this is walked in name order rather than sorted. */
  setMax: number;
  /** Entries such a walk reads before it takes the matching set after all. */
  walkMax: number;
};
export const defaultTuning: SearchTuning = {
  // one pass over 20,000 members costs ≈ 100 ms; a tiered walk over a mid-size scope could take seconds
  smallScope: 20_000,
  countBudget: 10_000,
  countCap: 10_000,
  walkBudget: 20_000,
  setMax: 5_000,
  walkMax: 300_000,
};

export type MemberPage = { items: MemberSummary[]; total: number; totalExact: boolean };

/** The actor's member.read scope narrowed by the unit/sector filters: 'all' or subtree roots. */
async function unitsInScope(ctx: Ctx, actor: Actor, query: MemberListQuery): Promise<UnitSet> {
  const scopes = scopeFor(actor, Permission.MemberRead);
  if (!query.unit) {
    if (query.sector) return { roots: scopes, sector: query.sector };
    // Every root in scope and no filter: the whole tree, no list of 130,000 ids needed.
    const { rows } = await ctx.pool.query(
      'SELECT 1 FROM org_units WHERE parent_id IS NULL AND NOT path <@ $1::ltree[] LIMIT 1',
      [scopes],
    );
    return rows.length === 0 ? 'all' : { roots: scopes };
  }
  const { rows } = await ctx.pool.query<{ path: string }>('SELECT path::text AS path FROM org_units WHERE id = $1', [
    query.unit,
  ]);
  const path = rows[0]?.path;
  const roots = !path ? [] : pathInScope(path, scopes) ? [path] : scopes.filter((s) => pathInScope(s, [path]));
  return { roots, sector: query.sector };
}

/**
 * Members whose current unit lies in the actor's member.read scope, filtered, sorted and paged on
 * the server. One search box: a name without diacritics (whole words; the last may be the start of a
 * word), or a CCCD (whole or its first digits), phone (0…, +84…) or card number.
 *
 * Names are ranked: the last word as the given name first, then the words anywhere, then the last
 * word as the start of a word — each tier in Vietnamese order. At national scale the total is exact
 * only when counting is cheap; otherwise `totalExact` is false and `total` is a lower bound.
 */
export async function findMembers(
  ctx: Ctx,
  query: MemberListQuery,
  tuning: SearchTuning = defaultTuning,
): Promise<MemberPage> {
  const actor = requireActor(ctx);
  const units = await unitsInScope(ctx, actor, query);
  const byName = query.sort === 'name' || query.sort === '-name';
  const terms = parseSearch(query.q);
  const small =
    units !== 'all' &&
    (await scopeSize(ctx, memberFilter(actor, query, units), tuning.smallScope + 1)) <= tuning.smallScope;
  let tiers = !small && terms?.kind === 'name' && byName ? nameTiers(terms.tokens).tiers : null;
  const filter = memberFilter(actor, query, units, tiers !== null);
  // set-based queries take the scope as an array the persons_unit index can be searched with
  if (tiers) filter.set = memberFilter(actor, query, units, false);
  const offset = (query.page - 1) * query.pageSize;
  const from = filter.needsMembership ? 'persons p JOIN memberships m ON m.id = p.membership_id' : 'persons p';
  let ids: number[];
  let total: number;
  let totalExact: boolean;
  if (small || (filter.terms && filter.terms.kind !== 'name')) {
    // Few rows to look at (a small subtree, or an identifier): one query, exact total.
    const rank = terms?.kind === 'name' && byName ? nameTiers(terms.tokens).tiers : null;
    ({ ids, total } = await wholeSet(ctx, filter, from, query, rank, offset));
    totalExact = true;
  } else if (tiers) {
    for (const tier of tiers) await tier.resolve?.(ctx.pool);
    // several words of a rare name: tiers 0 + 1 sorted from their (small) common matching set
    if (terms?.kind === 'name' && terms.tokens.length > 1) {
      const t0 = tiers.find((t) => t.name === '0');
      if (t0 && (await estimateSet(ctx, t0)) <= tuning.setMax) tiers = mergedTier(terms.tokens, tiers);
    }
    [ids, { total, totalExact }] = await Promise.all([
      tieredPage(ctx, filter, from, tiers, query.sort === '-name', offset, query.pageSize + 1, tuning),
      tieredCount(ctx, filter, tiers, tuning),
    ]);
  } else {
    // A large subtree listed in name order: walk persons_sort (its entries carry the unit) and test the scope
    // per entry, instead of fetching every member of the subtree to sort them (a province: 1.8 s → 40 ms).
    const walk = byName && !terms && units !== 'all' && (await walkBeatsSort(ctx, filter, offset + query.pageSize + 1));
    const pageFilter = walk ? memberFilter(actor, query, units, true) : filter;
    const params = [...pageFilter.params];
    const add = (value: unknown) => `$${params.push(value)}`;
    const page = ctx.pool.query<{ id: string }>(
      `SELECT p.id FROM ${from} WHERE ${pageFilter.whereSql} ORDER BY ${memberOrderBy[query.sort]}
        LIMIT ${add(query.pageSize + 1)} OFFSET ${add(offset)}`,
      params,
    );
    const capped = ctx.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} WHERE ${filter.whereSql} LIMIT ${tuning.countCap + 1}) s`,
      filter.params,
    );
    const [p, c] = await Promise.all([page, capped]);
    ids = p.rows.map((r) => Number(r.id));
    total = Math.min(c.rows[0]!.n, tuning.countCap);
    totalExact = c.rows[0]!.n <= tuning.countCap;
  }
  const more = ids.length > query.pageSize;
  ids = ids.slice(0, query.pageSize);
  if (!totalExact) total = Math.max(total, offset + ids.length + (more ? 1 : 0));
  const items = ids.length
    ? await selectSummaries(ctx.pool, 'p.id = ANY($1::bigint[])', [ids], '', filter.personal)
    : [];
  const position = new Map(ids.map((id, i) => [id, i]));
  items.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return { items, total, totalExact };
}

/**
 * Members in the filter's units (any status), up to `limit`, from the member rollups: a sum over the scope's
 * units of unit_member_stats, without reading persons (a commune union of 120 grassroots unions is counted, not
 * guessed from its number of units).
 */
async function scopeSize(ctx: Ctx, filter: MemberFilter, limit: number): Promise<number> {
  const sizes = await scopeSizes(ctx, filter);
  return sizes ? Math.min(sizes.scope, limit) : limit;
}

/**
 * Whether walking the name index beats sorting the subtree for the first `want` rows. Sorting fetches every
 * member of the subtree from the heap (≈ 5 µs each); the walk reads index entries only (≈ 0.3 µs each) and
 * needs about want × all ÷ subtree of them. The subtree's size comes from the member rollups (unit_member_stats).
 */
async function walkBeatsSort(ctx: Ctx, filter: MemberFilter, want: number): Promise<boolean> {
  const sizes = await scopeSizes(ctx, filter);
  if (!sizes) return false;
  const { scope, everyone } = sizes;
  return scope > 0 && want * (everyone / scope) * 0.3 < scope * 5;
}

// Both sizes only choose a query's shape, never its answer, so a minute-old value is good enough; an official
// repeats the same scope all day, and summing a province's rollups (≈ 10,000 rows) cost more than the search.
const sizeCache = cachePer<object, string, { scope: number; everyone: number }>(60_000, 10_000);

/** Members in the scope's units (any status) and in the whole table (the planner's estimate); null for 'all'. */
function scopeSizes(ctx: Ctx, filter: MemberFilter): Promise<{ scope: number; everyone: number }> | null {
  const units = filter.scopeUnitsSql;
  if (!units) return null;
  return sizeCache(ctx.pool).get(`${units}\u0000${JSON.stringify(filter.scopeParams)}`, async () => {
    // The rollup rows by unit id (an index lookup per unit). A join with the units let the planner, which cannot
    // know a subtree's size, hash all 700,000 rollup rows in parallel workers for a single grassroots union.
    const { rows } = await ctx.pool.query<{ scope: number; everyone: number }>(
      `SELECT (SELECT coalesce(sum(s.n), 0) FROM unit_member_stats s WHERE s.unit_id = ANY(ARRAY(${units})))::float8 AS scope,
              (SELECT greatest(reltuples, 1) FROM pg_class WHERE oid = 'persons'::regclass)::float8 AS everyone`,
      filter.scopeParams,
    );
    return rows[0]!;
  });
}

/** Every match at once, ranked by tier when searching a name in name order; exact total. */
async function wholeSet(
  ctx: Ctx,
  filter: MemberFilter,
  from: string,
  query: MemberListQuery,
  tiers: Tier[] | null,
  offset: number,
): Promise<{ ids: number[]; total: number }> {
  const params = [...filter.params];
  const add = (value: unknown) => `$${params.push(value)}`;
  // rank = 1000 × group + 10 × tier + the tier's own rank; only the first group found is shown
  const rank = tiers
    ? `CASE ${tiers
        .map((t, i) => `WHEN ${t.sql(add)} THEN ${t.group * 1000 + i * 10}${t.rank ? ` + ${t.rank(add)}` : ''}`)
        .join(' ')} END`
    : '0';
  const { rows } = await ctx.pool.query<{ total: number; ids: string[] | null }>(
    `WITH r AS MATERIALIZED (
       SELECT p.id, p.sort_key, p.birth_date, ${filter.needsMembership ? 'm.admitted_on' : 'NULL::date AS admitted_on'},
              ${rank} AS rank
         FROM ${from} WHERE ${filter.whereSql}),
     h AS (SELECT * FROM r p WHERE p.rank / 1000 = (SELECT min(rank) / 1000 FROM r))
     SELECT (SELECT count(*) FROM h)::int AS total,
            (SELECT array_agg(id) FROM (SELECT p.id FROM h p ORDER BY p.rank, ${memberOrderBy[query.sort].replace('m.', 'p.')}
                                         LIMIT ${add(query.pageSize + 1)} OFFSET ${add(offset)}) s) AS ids`,
    params,
  );
  return { ids: (rows[0]!.ids ?? []).map(Number), total: rows[0]!.total };
}

/**
 * A page over the tiers in turn: each tier walks persons_sort in Vietnamese order (its name test
 * is read from the index) and stops after `want` rows. A tier skipped whole by the offset is
 * counted (only as far as the offset) to know how much of the offset is left for the next one.
 */
async function tieredPage(
  ctx: Ctx,
  filter: MemberFilter,
  from: string,
  tiers: Tier[],
  desc: boolean,
  offset: number,
  want: number,
  tuning: SearchTuning,
): Promise<number[]> {
  const ids: number[] = [];
  let skip = offset;
  let found: number | null = null; // the group rows were found in
  for (const tier of tiers) {
    if (ids.length >= want || (found !== null && tier.group > found)) break;
    const rows = await tierQuery(ctx, filter, from, tier, desc, want - ids.length, skip, tuning);
    if (rows.length > 0) {
      ids.push(...rows);
      skip = 0;
      found ??= tier.group;
    } else if (skip > 0) {
      const size = await tierSizeUpTo(ctx, filter, from, tier, skip);
      skip -= size;
      if (size > 0) found ??= tier.group;
    }
  }
  return ids;
}

async function tierQuery(
  ctx: Ctx,
  filter: MemberFilter,
  from: string,
  tier: Tier,
  desc: boolean,
  limit: number,
  offset: number,
  tuning: SearchTuning,
): Promise<number[]> {
  const params = [...filter.baseParams];
  const add = (value: unknown) => `$${params.push(value)}`;
  const dir = desc ? 'DESC' : 'ASC';
  if (tier.ranges?.length === 0) return [];
  const order = `ORDER BY p.sort_key ${dir}, p.id ${dir} LIMIT ${add(limit)} OFFSET ${add(offset)}`;
  if (tier.ranges && tier.exact) {
    // Exact ranges: one ordered walk per range, merged (Merge Append) in key order; the scope is
    // checked once above the merge (OFFSET 0 keeps it there: one hash of the scope's units).
    const walks = tier.ranges.map(
      ([lo, hi]) => `(SELECT p.id, p.sort_key, p.unit_id FROM ${from} WHERE ${filter.restSql}
                        AND p.sort_key >= ${add(lo)} AND p.sort_key < ${add(hi)}
                      ORDER BY p.sort_key ${dir}, p.id ${dir} OFFSET 0)`,
    );
    const { rows } = await ctx.pool.query<{ id: string }>(
      `SELECT p.id FROM (${walks.join(' UNION ALL ')}) p WHERE ${filter.scopeSql} ${order}`,
      params,
    );
    return rows.map((r) => Number(r.id));
  }
  if (tier.setOnly) return setQuery(ctx, filter, from, tier, dir, limit, offset);
  if (tier.starts && !desc && !filter.needsMembership) {
    const ps = [...filter.baseParams];
    const addS = (value: unknown) => `$${ps.push(value)}`;
    const { rows } = await ctx.pool.query<{ id: string }>(
      `${startsWalk(filter, tier, addS)}
       SELECT x.id FROM w x WHERE x.ok LIMIT ${addS(limit)} OFFSET ${addS(offset)}`,
      ps,
    );
    return rows.map((r) => Number(r.id));
  }
  // Otherwise: a matching set small enough is sorted. Within a subtree a walk meets 1 in (scope
  // share × density) entries, so there a larger set still beats it — and a walk of `walkBudget`
  // entries is tried first (dense in the subtree too: the page is there at once).
  const national = !filter.set || filter.set.scopeUnitsSql === null;
  const estimate = await estimateSet(ctx, tier);
  if (estimate <= tuning.setMax) return setQuery(ctx, filter, from, tier, dir, limit, offset);
  if (!national) {
    const budget = add(tuning.walkBudget);
    const sources = (tier.ranges ?? [null]).map(
      (range) => `(SELECT ${walkColumns(filter)} FROM persons p WHERE p.merged_into_id IS NULL
                    ${range ? `AND p.sort_key >= ${add(range[0])} AND p.sort_key < ${add(range[1])}` : ''}
                   ORDER BY p.sort_key ${dir}, p.id ${dir} LIMIT ${budget})`,
    );
    const bounded = await ctx.pool.query<{ id: string }>(
      `SELECT p.id FROM (${sources.join(' UNION ALL ')}) p ${walkJoin(filter)}
        WHERE ${filter.baseSql} AND ${tier.sql(add)} ${order}`,
      params,
    );
    if (bounded.rows.length === limit) return bounded.rows.map((r) => Number(r.id));
    if (estimate <= tuning.setMax * 10) return setQuery(ctx, filter, from, tier, dir, limit, offset);
  }
  // The whole tier in name order. Written as a walk of persons_sort (ORDER BY … LIMIT in a subquery)
  // because the planner, guessing the regular expressions rare, would sort a sequential scan.
  const p3 = [...filter.baseParams];
  const add3 = (value: unknown) => `$${p3.push(value)}`;
  const walks = (tier.ranges ?? [null]).map(
    (range) => `(SELECT ${walkColumns(filter)} FROM persons p WHERE p.merged_into_id IS NULL
                  ${range ? `AND p.sort_key >= ${add3(range[0])} AND p.sort_key < ${add3(range[1])}` : ''}
                 ORDER BY p.sort_key ${dir}, p.id ${dir} LIMIT ${add3(tuning.walkMax)})`,
  );
  const { rows } = await ctx.pool.query<{ id: string }>(
    `SELECT p.id FROM (${walks.join(' UNION ALL ')}) p ${walkJoin(filter)}
      WHERE ${filter.baseSql} AND ${tier.sql(add3)}
      ORDER BY p.sort_key ${dir}, p.id ${dir} LIMIT ${add3(limit)} OFFSET ${add3(offset)}`,
    p3,
  );
  if (rows.length === limit) return rows.map((r) => Number(r.id));
  // Sparse after all (the set was large, the tier in it is not): the set, whatever it costs.
  return setQuery(ctx, filter, from, tier, dir, limit, offset);
}

/**
 * Tier P in name order without reading the names in between: a skip scan of the given names (one
 * index descent each), and for each the ranges of the middle name's spellings in persons_sort. The
 * CTE `w` yields its rows in name order (a nested loop over the given names), `ok` when they match.
 */
function startsWalk(filter: MemberFilter, tier: Tier, add: (value: unknown) => string, ordered = true): string {
  // Inside the ranges only the family name is left to check: a LIKE, then the regular expression.
  const ranges = tier.starts!.flatMap(({ middles, familyRe, familyLike }) =>
    middles.map(
      (m) => `(SELECT ${walkColumns(filter)},
                 ${familyLike ? `p.sort_key LIKE ${add(familyLike)} ESCAPE '#' AND ` : ''}p.sort_key ~ ${add(familyRe)} AS fam
                FROM persons p
                WHERE p.merged_into_id IS NULL AND p.sort_key >= g.part || ${add(` ${m}!`)}
                  AND p.sort_key < g.part || ${add(` ${m}#`)} ORDER BY p.sort_key, p.id)`,
    ),
  );
  return `WITH RECURSIVE g(part) AS (
      SELECT (SELECT split_part(sort_key, ' ', 1) FROM persons WHERE merged_into_id IS NULL ORDER BY sort_key LIMIT 1)
      UNION ALL
      SELECT (SELECT split_part(sort_key, ' ', 1) FROM persons
               WHERE merged_into_id IS NULL AND sort_key >= g.part || '!' ORDER BY sort_key LIMIT 1)
        FROM g WHERE g.part IS NOT NULL),
    w AS (SELECT p.id, p.fam AND ${filter.baseSql} AND ${(tier.notBefore ?? (() => 'true'))(add)} AS ok
            FROM g CROSS JOIN LATERAL (
              SELECT * FROM (${ranges.join(' UNION ALL ')}) p ${ordered ? 'ORDER BY p.sort_key, p.id' : ''} OFFSET 0) p
           WHERE g.part IS NOT NULL)`;
}

/** The tier from its matching set (persons_name_words, trigrams), sorted. */
async function setQuery(
  ctx: Ctx,
  filter: MemberFilter,
  from: string,
  tier: Tier,
  dir: string,
  limit: number,
  offset: number,
): Promise<number[]> {
  const set = filter.set ?? filter;
  const params = [...set.baseParams];
  const add = (value: unknown) => `$${params.push(value)}`;
  const { rows } = await ctx.pool.query<{ id: string }>(
    `SELECT p.id FROM ${from} WHERE ${set.baseSql} AND ${tier.sql(add)} AND ${candidates(tier, add)}
      ORDER BY ${tier.rank ? `${tier.rank(add)}, ` : ''}p.sort_key ${dir}, p.id ${dir} LIMIT ${add(limit)} OFFSET ${add(offset)}`,
    params,
  );
  return rows.map((r) => Number(r.id));
}

/** The planner's estimate of a tier's matching set over the whole country (statistics of the words). */
async function estimateSet(ctx: Ctx, tier: Tier): Promise<number> {
  const params: unknown[] = [];
  const add = (value: unknown) => `$${params.push(value)}`;
  const { rows } = await ctx.pool.query<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(
    `EXPLAIN (FORMAT JSON) SELECT 1 FROM persons p WHERE p.merged_into_id IS NULL AND ${candidates(tier, add)}`,
    params,
  );
  return rows[0]!['QUERY PLAN'][0].Plan['Plan Rows'];
}

/** The tier's matching set: people having its words (persons_name_words) and its LIKE patterns. */
function candidates(tier: Tier, add: (value: unknown) => string): string {
  const parts = [
    ...(tier.words.length
      ? [`string_to_array(immutable_unaccent(lower(p.full_name)), ' ') @> ${add(tier.words)}::text[]`]
      : []),
    ...tier.likes.map((like) => `immutable_unaccent(lower(p.full_name)) LIKE ${add(like)}`),
  ];
  return parts.length ? parts.join(' AND ') : 'true';
}

/** The columns of persons_sort (an index-only walk), shaped so `baseSql` applies to them. */
function walkColumns(filter: MemberFilter): string {
  return `p.id, p.sort_key, p.unit_id, p.member_status, p.gender, p.birth_date, NULL::bigint AS merged_into_id${
    filter.needsMembership ? ', p.membership_id' : ''
  }`;
}
const walkJoin = (filter: MemberFilter) =>
  filter.needsMembership ? 'JOIN memberships m ON m.id = p.membership_id' : '';

async function tierSizeUpTo(ctx: Ctx, filter: MemberFilter, from: string, tier: Tier, limit: number) {
  const params = [...filter.baseParams];
  const add = (value: unknown) => `$${params.push(value)}`;
  if (tier.ranges?.length === 0) return 0;
  const ranges = tier.ranges?.map(([lo, hi]) => `(p.sort_key >= ${add(lo)} AND p.sort_key < ${add(hi)})`);
  const { rows } = await ctx.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM ${from} WHERE ${filter.baseSql} AND ${tier.sql(add)}
       ${ranges ? `AND (${ranges.join(' OR ')})` : ''} LIMIT ${add(limit)}) s`,
    params,
  );
  return rows[0]!.n;
}

/**
 * The total of a tiered search with bounded work: each tier reads at most `countBudget` entries of
 * persons_sort (per spelling of a given name) and counts the matches among them. A tier whose
 * entries all fit is exact; otherwise the sum is a lower bound and later tiers are not counted.
 */
async function tieredCount(
  ctx: Ctx,
  filter: MemberFilter,
  tiers: Tier[],
  tuning: SearchTuning,
): Promise<{ total: number; totalExact: boolean }> {
  let total = 0;
  let group = 0;
  const cols = walkColumns(filter);
  for (const tier of tiers) {
    // a later group is shown (and counted) only when the earlier ones found nothing
    if (total > 0 && tier.group > group) break;
    group = tier.group;
    const params = [...filter.baseParams];
    const add = (value: unknown) => `$${params.push(value)}`;
    if (tier.ranges?.length === 0) continue;
    if (tier.starts && !filter.needsMembership) {
      // the first entries of the skip scan's ranges (a quarter of the budget: each costs a family test)
      const budget = Math.ceil(tuning.countBudget / 4);
      const { rows } = await ctx.pool.query<{ n: number; read: number }>(
        `${startsWalk(filter, tier, add, false)}
         SELECT count(*) FILTER (WHERE x.ok)::int AS n, count(*)::int AS read
           FROM (SELECT * FROM w LIMIT ${add(budget)}) x`,
        params,
      );
      total += rows[0]!.n;
      if (rows[0]!.read >= budget) return { total: Math.min(total, tuning.countCap), totalExact: false };
      continue;
    }
    if (tier.setOnly) {
      // a small matching set: counted exactly (up to the cap)
      const set = filter.set ?? filter;
      const p2 = [...set.baseParams];
      const add2 = (value: unknown) => `$${p2.push(value)}`;
      const { rows } = await ctx.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM (SELECT 1 FROM persons p ${walkJoin(set)}
           WHERE ${set.baseSql} AND ${tier.sql(add2)} AND ${candidates(tier, add2)} LIMIT ${tuning.countCap + 1}) s`,
        p2,
      );
      total += rows[0]!.n;
      if (total > tuning.countCap) return { total: tuning.countCap, totalExact: false };
      continue;
    }
    const budget = add(tuning.countBudget);
    const walks = (tier.ranges ?? [null]).map(
      (range, i) => `(SELECT ${i} AS walk, ${cols} FROM persons p WHERE p.merged_into_id IS NULL
                      ${range ? `AND p.sort_key >= ${add(range[0])} AND p.sort_key < ${add(range[1])}` : ''}
                      ORDER BY p.sort_key LIMIT ${budget})`,
    );
    const join = walkJoin(filter);
    const { rows } = await ctx.pool.query<{ n: number; full: boolean }>(
      `SELECT coalesce(sum(n), 0)::int AS n, coalesce(bool_and(read < ${budget}), true) AS full
         FROM (SELECT p.walk, count(*) FILTER (WHERE ${filter.baseSql} AND ${(tier.ranges ? tier.inRanges : tier.sql)(add)}) AS n, count(*) AS read
                 FROM (${walks.join(' UNION ALL ')}) p ${join} GROUP BY p.walk) g`,
      params,
    );
    total += rows[0]!.n;
    if (!rows[0]!.full) return { total: Math.min(total, tuning.countCap), totalExact: false };
    if (total > tuning.countCap) return { total: tuning.countCap, totalExact: false };
  }
  return { total, totalExact: true };
}
