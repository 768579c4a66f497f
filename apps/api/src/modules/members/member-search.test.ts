// Member search at national scale (issue 7): ranking, partial names, identifiers, capped totals and
// scope — through both query shapes. The demo is small, so the large-scale shapes (tiered walks of
// persons_sort, skip scans, the words index, bounded counts) are forced with a tuning of tiny budgets,
// and must return exactly what the one-query shape for small subtrees returns.
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCccd, memberListQuery, splitName, vietnameseSortKey, type MemberListQuery } from '@congdoan/domain';
import { loadConfig } from '../../config';
import { systemActor, type Actor } from '../../context/actor';
import { makeCtx } from '../../context/context';
import { unitId, useTestApp } from '../../testing/test-app';
import { defaultTuning, findMembers, type SearchTuning } from './find-members';
import { parseSearch } from './search-terms';

const t = useTestApp();

const names = [
  'Lê Thị Hoà',
  'Nguyễn Thị Hoa',
  'Trần Hoa Mai',
  'Hoàng Văn An',
  'Nguyễn Thị Hoài',
  'Nguyễn Văn Nam',
  'Phạm Thị Thu Hoa',
  'Đỗ Thị Hòa',
  'Nguyễn Văn Hoa',
  'Lê Văn Hoàng',
];
// Everything large, count 3 entries, read 2 entries before giving up on a bounded walk; then either
// walk persons_sort to the end (walk) or take the tier from its matching set (sets).
const walk: SearchTuning = { smallScope: 0, countBudget: 3, countCap: 10_000, walkBudget: 2, setMax: 0, walkMax: 1e9 };
const sets: SearchTuning = { ...walk, setMax: 1e9 };
const exact: SearchTuning = { ...defaultTuning, smallScope: 1_000_000 };

let unit: number;
let national: Actor;
let province: Actor;

beforeAll(async () => {
  unit = (await t.newUnit({ code: 'QT-SEARCH', name: 'CĐCS Thử nghiệm tìm kiếm' })).id;
  const s = await t.signIn('qt.canbo');
  const res = await s.request('POST', '/api/members/batch', {
    members: names.map((fullName, i) => ({
      person: {
        fullName,
        gender: fullName.includes('Văn') ? 'male' : 'female',
        birthDate: `${1975 + i}-05-${String(i + 1).padStart(2, '0')}`,
        phone: `098765432${i}`,
        cccd: makeCccd('044', 1975 + i, fullName.includes('Văn') ? 'male' : 'female', 4400 + i),
      },
      unitId: unit,
      admittedOn: '2021-01-01',
    })),
  });
  expect(res.statusCode, res.body).toBe(200);
  // the same name outside Quảng Trị (Lào Cai)
  await t.newMember({ unit: 'LC-0001', admittedOn: '2020-01-01', person: { fullName: 'Lê Thị Hoà' } });
  await t.db.pool.query('ANALYZE persons');
  national = await systemActor(t.db.pool, 'test');
  const { rows } = await t.db.pool.query<{ id: number; path: string }>(
    "SELECT id, path::text AS path FROM org_units WHERE code = 'LDLD-44'",
  );
  province = {
    ...national,
    userId: 0,
    grants: [
      { id: 1, role: 'officer', unitId: rows[0]!.id, unitPath: rows[0]!.path, unitCode: 'LDLD-44', unitName: '' },
    ],
  };
});

async function search(actor: Actor, q: Partial<Record<keyof MemberListQuery, unknown>>, tuning = defaultTuning) {
  const ctx = makeCtx({
    pool: t.db.pool,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    actor,
    source: 'system',
    requestId: null,
  });
  return findMembers(ctx, memberListQuery.parse(q), tuning);
}
const fullNames = (r: { items: { fullName: string }[] }) => r.items.map((m) => m.fullName);
/** Names in Vietnamese order (the order within a tier). */
const ordered = (...list: string[]) =>
  list
    .map((n) => [vietnameseSortKey(splitName(n)), n] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([, n]) => n);

describe('member search', () => {
  it('ranks the given name first, then the word elsewhere, each in Vietnamese order', async () => {
    for (const tuning of [exact, walk, sets]) {
      const r = await search(national, { unit, q: 'hoa' }, tuning);
      expect(fullNames(r), JSON.stringify(tuning)).toEqual([
        // given name Hoa (any tone, any tone placement)
        ...ordered('Nguyễn Thị Hoa', 'Phạm Thị Thu Hoa', 'Nguyễn Văn Hoa', 'Đỗ Thị Hòa', 'Lê Thị Hoà'),
        // Hoa as another word
        'Trần Hoa Mai',
        // not Hoàng, Hoài: words only starting with "hoa" are a fallback when nothing else matches
      ]);
      expect(fullNames(await search(national, { unit, q: 'hoai' }, tuning))).toEqual(['Nguyễn Thị Hoài']);
    }
  });

  it('answers names ending with the words ("thi hoa"), else every word anywhere, and partial names', async () => {
    for (const tuning of [exact, walk, sets]) {
      expect(fullNames(await search(national, { unit, q: 'thi hoa' }, tuning))).toEqual([
        ...ordered('Nguyễn Thị Hoa', 'Đỗ Thị Hòa', 'Lê Thị Hoà'),
      ]);
      // no name ends with "thu hoa": the given name Hoa and the word Thu anywhere
      expect(fullNames(await search(national, { unit, q: 'thu hoa' }, tuning))).toEqual(['Phạm Thị Thu Hoa']);
      expect(fullNames(await search(national, { unit, q: 'Nguyễn thị HOÀ' }, tuning))).toEqual(['Nguyễn Thị Hoa']);
      expect(fullNames(await search(national, { unit, q: 'nguyen van' }, tuning))).toEqual([
        'Nguyễn Văn Hoa',
        'Nguyễn Văn Nam',
      ]);
      // family and middle name ("Hoàng" has letters with variants around its plain "ng"): only the
      // names starting so, not Lê Văn Hoàng (both words, but neither the start nor the end)
      expect(fullNames(await search(national, { unit, q: 'hoang van' }, tuning))).toEqual(['Hoàng Văn An']);
      expect(fullNames(await search(national, { unit, q: 'do thi' }, tuning))).toEqual(['Đỗ Thị Hòa']);
      // nothing has a whole word "th": the start of a word then (someone still typing)
      expect(fullNames(await search(national, { unit, q: 'nguyen th' }, tuning))).toEqual([
        'Nguyễn Thị Hoa',
        'Nguyễn Thị Hoài',
      ]);
      expect(fullNames(await search(national, { unit, q: 'hoan' }, tuning))).toEqual(
        ordered('Hoàng Văn An', 'Lê Văn Hoàng'),
      );
      // not a substring search any more: "oa" starts no word
      expect((await search(national, { unit, q: 'oa' }, tuning)).total).toBe(0);
    }
  });

  it('pages through the tiers with the same rows in either shape, and descending', async () => {
    for (const q of ['hoa', 'thi hoa', 'nguyen', 'th']) {
      const all = fullNames(await search(national, { unit, q, pageSize: 100 }, exact));
      for (const tuning of [exact, walk, sets]) {
        const pages: string[] = [];
        for (let page = 1; page <= 4; page++)
          pages.push(...fullNames(await search(national, { unit, q, page, pageSize: 2 }, tuning)));
        expect(pages, `${q} ${JSON.stringify(tuning)}`).toEqual(all.slice(0, 8));
      }
      const desc = fullNames(await search(national, { unit, q, sort: '-name', pageSize: 100 }, walk));
      expect(desc.sort()).toEqual([...all].sort());
    }
  });

  it('gives an exact total when counting is cheap, a lower bound ("more than") otherwise', async () => {
    const cheap = await search(national, { unit, q: 'hoa' }, exact);
    expect(cheap).toMatchObject({ total: 6, totalExact: true });
    // the whole country's "Nguyễn …" with a count budget of 3 index entries: at least what was seen
    const capped = await search(national, { q: 'nguyen', pageSize: 5 }, walk);
    expect(capped.totalExact).toBe(false);
    expect(capped.items).toHaveLength(5);
    expect(capped.total).toBeGreaterThan(5); // a next page is offered
    const next = await search(national, { q: 'nguyen', pageSize: 5, page: 2 }, walk);
    expect(next.items).toHaveLength(5);
    expect(next.items.map((m) => m.id)).not.toEqual(expect.arrayContaining(capped.items.map((m) => m.id)));
    for (const m of [...capped.items, ...next.items]) expect(m.fullName).toMatch(/^Nguyễn /);
    // capped list without a search: never more than the cap
    const list = await search(national, { pageSize: 5 }, { ...walk, countCap: 10 });
    expect(list).toMatchObject({ total: 10, totalExact: false });
    // … but never less than the rows already shown and one more when there is a next page
    expect(await search(national, { pageSize: 50 }, { ...walk, countCap: 10 })).toMatchObject({ total: 51 });
  });

  it('lists a large subtree in name order by walking the name index: the same pages as sorting it', async () => {
    // the province is large next to the whole demo, so `walk` (nothing small) takes the index walk
    const prov = await unitId(t, 'LDLD-44');
    for (const sort of ['name', '-name'] as const)
      for (const page of [1, 2, 3]) {
        const q = { unit: prov, sort, page, pageSize: 20, status: 'all' };
        const sorted = await search(province, q, exact);
        expect(sorted.items).toHaveLength(20);
        expect((await search(province, q, walk)).items.map((m) => m.id)).toEqual(sorted.items.map((m) => m.id));
      }
  });

  it('never leaves the actor scope, in either shape', async () => {
    for (const tuning of [exact, walk, sets]) {
      const nat = await search(national, { q: 'le thi hoa', status: 'all' }, tuning);
      const prov = await search(province, { q: 'le thi hoa', status: 'all' }, tuning);
      expect(nat.items.map((m) => m.unit!.code)).toEqual(expect.arrayContaining(['LC-0001', 'QT-SEARCH']));
      expect(prov.items.length).toBeGreaterThan(0);
      for (const m of prov.items) expect(m.unit!.code).not.toMatch(/^LC-/);
      // a unit filter outside the scope finds nothing
      const lc = await unitId(t, 'LC-0001');
      expect((await search(province, { unit: lc, q: 'le thi hoa' }, tuning)).total).toBe(0);
    }
  });

  it('finds CCCD (whole or its first digits), phone (0…, 84…, +84…) and card numbers', async () => {
    const cccd = makeCccd('044', 1976, 'female', 4401); // Nguyễn Thị Hoa (i = 1)
    for (const tuning of [exact, walk, sets]) {
      for (const q of [cccd, cccd.slice(0, 11), `${cccd.slice(0, 3)} ${cccd.slice(3, 6)} ${cccd.slice(6, 10)}`])
        expect(fullNames(await search(province, { q }, tuning)), q).toEqual(['Nguyễn Thị Hoa']);
      for (const q of ['0987654323', '987654323', '+84 987 654 323', '84987654323'])
        expect(fullNames(await search(province, { q }, tuning)), q).toEqual(['Hoàng Văn An']);
      // 6 to 8 first digits of a CCCD, or of a phone number, find every match (issue 15, item 10)
      const cccd2 = makeCccd('044', 1977, 'female', 4402); // Trần Hoa Mai (i = 2)
      expect(fullNames(await search(province, { q: cccd2.slice(0, 8) }, tuning))).toEqual(['Trần Hoa Mai']);
      expect(fullNames(await search(province, { q: cccd.slice(0, 6) }, tuning))).toContain('Nguyễn Thị Hoa');
      expect((await search(province, { q: '098765' }, tuning)).total).toBe(names.length);
      expect(fullNames(await search(province, { q: '0987 654' }, tuning))).toHaveLength(names.length);
      // fewer than 6 digits are too common to mean anyone
      expect((await search(province, { q: '09876' }, tuning)).total).toBe(0);
    }
    const s = await t.signIn('qt.canbo');
    const { rows } = await t.db.pool.query<{ id: number }>("SELECT id FROM persons WHERE full_name = 'Trần Hoa Mai'");
    const card = await s.request('POST', `/api/members/${rows[0]!.id}/card`, {});
    expect(card.statusCode, card.body).toBeLessThan(300);
    const number = (card.json<{ cardNumber: string }>().cardNumber ?? '').toLowerCase();
    expect(fullNames(await search(province, { q: number }))).toEqual(['Trần Hoa Mai']);
  });

  it('reads the search box: digits, card numbers and folded words', () => {
    expect(parseSearch('+84 912.345.678')).toEqual({ kind: 'digits', digits: '0912345678', phone: '0912345678' });
    expect(parseSearch('qt-2024-000123')).toEqual({ kind: 'card', card: 'QT-2024-000123' });
    expect(parseSearch('  Nguyễn  Thị   Hoà ')).toEqual({ kind: 'name', tokens: ['nguyen', 'thi', 'hoa'] });
    expect(parseSearch('Đặng')).toEqual({ kind: 'name', tokens: ['dang'] });
    expect(parseSearch(' - ')).toBeNull();
  });
});
