import { describe, expect, it } from 'vitest';
import { checkCccd, foldVietnamese, vietnameseSortKey } from '@congdoan/domain';
import { useTestApp } from '../../testing/test-app';
import { createTestDatabase } from '../../testing/test-db';
import { seedDemo } from '../demo/seed-demo';
import { verifyAuditChain } from '../audit/verify-chain';
import { seedSynthetic } from './seed-synthetic';
import { planTree } from './plan-tree';
import { createProgress } from './progress';

const t = useTestApp();
const quiet = () => createProgress({ isTTY: false, write: () => true });
const options = { scale: 'province' as const, members: 20_000, seed: 7 };

// Row checksums without the load timestamps: the same seed must give the same rows.
const checksum = async (pool: import('pg').Pool) => {
  const { rows } = await pool.query<{ p: string; m: string; c: string; u: string }>(
    `SELECT (SELECT md5(string_agg(x::text, '|' ORDER BY id)) FROM (SELECT id, unit_id, member_status, membership_id, full_name,
                    sort_key, gender, birth_date, cccd, phone FROM persons) x) AS p,
            (SELECT md5(string_agg(x::text, '|' ORDER BY id)) FROM (SELECT id, person_id, unit_id, admitted_on, status,
                    status_on, card_number, admission_kind, previous_membership_id FROM memberships) x) AS m,
            (SELECT md5(string_agg(x::text, '|' ORDER BY id)) FROM (SELECT id, card_number, issued_on FROM member_cards) x) AS c,
            (SELECT md5(string_agg(x::text, '|' ORDER BY id)) FROM (SELECT id, code, name, path FROM org_units) x) AS u`,
  );
  return rows[0]!;
};

describe('seed synthetic', () => {
  it('loads a consistent dataset: mirror, open memberships, CCCD, cards, paths, skew, audit, search', async () => {
    const pool = t.db.pool;
    const before = await pool.query<{ n: number; unit: number }>(
      'SELECT (SELECT count(*)::int FROM persons) AS n, (SELECT max(id)::int FROM org_units) AS unit',
    );
    const r = await seedSynthetic(pool, { ...options, progress: quiet(), source: 'system' });
    expect(r.persons).toBe(20_000);
    const { rows: count } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM persons');
    expect(count[0]!.n).toBe(before.rows[0]!.n + 20_000); // the demo's members are kept

    // the person mirror is exactly what persons_resync() computes
    const mirror = `SELECT md5(string_agg(concat_ws(',', id, unit_id, member_status, membership_id), '|' ORDER BY id)) AS h FROM persons`;
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const a = (await client.query<{ h: string }>(mirror)).rows[0]!.h;
      await client.query('SELECT persons_resync(id) FROM persons');
      const b = (await client.query<{ h: string }>(mirror)).rows[0]!.h;
      expect(b).toBe(a);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }

    // names and sort keys arrive intact through COPY (ư's sort code is a backslash, which COPY text escapes)
    const { rows: names } = await pool.query<{
      family_name: string;
      middle_name: string;
      given_name: string;
      sort_key: string;
    }>(
      `SELECT family_name, middle_name, given_name, sort_key FROM persons
        WHERE full_name ~ '[ưƯ]' ORDER BY id DESC LIMIT 300`,
    );
    expect(names.length).toBeGreaterThan(50);
    for (const n of names)
      expect(n.sort_key).toBe(
        vietnameseSortKey({ familyName: n.family_name, middleName: n.middle_name, givenName: n.given_name }),
      );

    // at most one open membership per person; each active person has exactly one
    const { rows: open } = await pool.query(
      `SELECT p.id FROM persons p WHERE (SELECT count(*) FROM memberships m WHERE m.person_id = p.id
         AND m.status IN ('active', 'in_transit')) <> CASE WHEN p.member_status IN ('active', 'in_transit') THEN 1 ELSE 0 END`,
    );
    expect(open).toEqual([]);
    const { rows: history } = await pool.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM memberships GROUP BY status',
    );
    const by = Object.fromEntries(history.map((h) => [h.status, h.n]));
    expect(by.transferred_out).toBeGreaterThan(300);
    expect(by.left).toBeGreaterThan(300);
    expect(by.in_transit).toBeGreaterThan(5);
    const { rows: transfers } = await pool.query(
      `SELECT m.id FROM memberships m JOIN memberships prev ON prev.id = m.previous_membership_id
        WHERE m.admission_kind = 'transfer' AND (prev.status <> 'transferred_out' OR prev.status_on <> m.admitted_on
              OR prev.person_id <> m.person_id OR prev.card_number IS DISTINCT FROM m.card_number)`,
    );
    expect(transfers).toEqual([]);

    // CCCD consistent with gender and birth year, unique; cards unique and in the scheme's format
    const { rows: people } = await pool.query<{ cccd: string; gender: 'male' | 'female'; birth: string }>(
      `SELECT cccd, gender, to_char(birth_date, 'YYYY-MM-DD') AS birth FROM persons WHERE cccd IS NOT NULL`,
    );
    for (const p of people) expect(checkCccd(p.cccd, { birthDate: p.birth, gender: p.gender }), p.cccd).toEqual([]);
    expect(new Set(people.map((p) => p.cccd)).size).toBe(people.length);
    expect(people.length).toBeGreaterThan(18_000);
    const { rows: cards } = await pool.query<{ n: number; d: number; bad: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT card_number)::int AS d,
              count(*) FILTER (WHERE card_number !~ '^LDLD-44-(19|20)[0-9]{2}-[0-9]{6,}$' AND u.code LIKE 'CS-%')::int AS bad
         FROM member_cards c JOIN org_units u ON u.id = c.unit_id`,
    );
    expect(cards[0]!.d).toBe(cards[0]!.n);
    expect(cards[0]!.bad).toBe(0);
    expect(cards[0]!.n).toBeGreaterThan(16_000);

    // org paths and parent history exactly as the triggers write them; federation key as 0008 derives it
    const { rows: paths } = await pool.query(
      `SELECT u.code FROM org_units u LEFT JOIN org_units p ON p.id = u.parent_id
        WHERE u.path IS DISTINCT FROM CASE WHEN u.parent_id IS NULL THEN text2ltree(u.id::text) ELSE p.path || text2ltree(u.id::text) END
           OR (u.id > $1 AND NOT EXISTS (SELECT 1 FROM org_unit_parents h
                WHERE h.unit_id = u.id AND h.parent_id = u.parent_id AND h.valid_to IS NULL
                  AND h.valid_from = u.founded_on))`,
      [before.rows[0]!.unit],
    );
    expect(paths).toEqual([]);
    const { rows: fed } = await pool.query(
      `SELECT p.id FROM persons p JOIN org_units u ON u.id = p.unit_id WHERE p.federation_id IS DISTINCT FROM ltree_federation(u.path)
       UNION ALL SELECT m.id FROM memberships m JOIN org_units u ON u.id = m.unit_id WHERE m.federation_id IS DISTINCT FROM ltree_federation(u.path)
       UNION ALL SELECT c.id FROM member_cards c JOIN org_units u ON u.id = c.unit_id WHERE c.federation_id IS DISTINCT FROM ltree_federation(u.path)`,
    );
    expect(fed).toEqual([]);

    // skewed sizes: most unions small, a few large
    const { rows: sizes } = await pool.query<{ median: number; max: number }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY n)::int AS median, max(n)::int AS max
         FROM (SELECT count(*) AS n FROM persons WHERE unit_id IS NOT NULL GROUP BY unit_id) x`,
    );
    expect(sizes[0]!.median).toBeLessThan(100);
    expect(sizes[0]!.max).toBeGreaterThan(10 * sizes[0]!.median);

    // COPY FREEZE took the batched path: pages all-visible without a vacuum (the row-by-row path leaves none;
    // a batch starting on a partly filled page leaves that page out); the dropped triggers are back
    const { rows: vm } = await pool.query<{ relname: string; relpages: number; relallvisible: number }>(
      `SELECT relname, relpages, relallvisible FROM pg_class WHERE relname IN ('persons', 'memberships', 'member_cards')`,
    );
    for (const v of vm) expect(v.relallvisible, v.relname).toBeGreaterThan(0.75 * v.relpages);
    const { rows: triggers } = await pool.query(
      `SELECT 1 FROM pg_trigger WHERE tgname IN ('persons_federation', 'memberships_federation', 'persons_audit', 'memberships_sync')`,
    );
    expect(triggers).toHaveLength(4);

    // one audit event, the chain intact
    const { rows: audit } = await pool.query<{ action: string; after: { persons: number } }>(
      'SELECT action, after FROM audit_log ORDER BY id DESC LIMIT 1',
    );
    expect(audit[0]!.action).toBe('seed.synthetic');
    expect(audit[0]!.after.persons).toBe(20_000);
    expect((await verifyAuditChain(pool)).broken).toEqual([]);

    // the rollups, rebuilt after the load's ANALYZE, have statistics too: the planner knows a unit has a few rows
    const { rows: stats } = await pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stats WHERE tablename = 'unit_member_stats' AND attname = 'unit_id'",
    );
    expect(stats[0]!.n).toBe(1);

    // the app's search finds a generated person by name typed without diacritics
    const { rows: sample } = await pool.query<{ full_name: string; id: number }>(
      `SELECT full_name, id FROM persons WHERE id > 3000 AND member_status = 'active' ORDER BY id DESC LIMIT 1`,
    );
    const s = await t.signIn('qt.canbo');
    const res = await s.request(
      'GET',
      `/api/members?pageSize=100&q=${encodeURIComponent(foldVietnamese(sample[0]!.full_name))}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ items: { id: number; fullName: string }[]; total: number }>();
    expect(body.total).toBeGreaterThan(0);
    expect(body.items.every((i) => foldVietnamese(i.fullName) === foldVietnamese(sample[0]!.full_name))).toBe(true);
  }, 300_000);

  it('is deterministic for a given seed', async () => {
    const other = await createTestDatabase();
    const third = await createTestDatabase();
    try {
      for (const db of [other, third]) {
        await seedDemo(db.pool, 'system');
        await seedSynthetic(db.pool, { ...options, progress: quiet() });
      }
      expect(await checksum(other.pool)).toEqual(await checksum(third.pool));
      expect(await checksum(other.pool)).toEqual(await checksum(t.db.pool));
    } finally {
      await other.drop();
      await third.drop();
    }
  }, 300_000);

  it('plans a national tree: 34 federations, ~3,500 upper unions, 130,000 grassroots, factories over 20,000', async () => {
    const client = await t.db.pool.connect();
    try {
      const plan = await planTree(client, { scale: 'national', province: '44', members: 12_000_000, seed: 1 });
      expect(plan.federations.filter((f) => f.code.startsWith('LDLD-'))).toHaveLength(34);
      expect(plan.upperUnions).toBeGreaterThan(3_300);
      expect(plan.upperUnions).toBeLessThan(3_700);
      expect(plan.grassroots).toHaveLength(130_000);
      const sizes = plan.grassroots.map((g) => g.size).sort((a, b) => a - b);
      expect(sizes.reduce((s, n) => s + n, 0)).toBe(12_000_000);
      expect(sizes[sizes.length >> 1]).toBeLessThan(100);
      expect(sizes.filter((n) => n >= 20_000).length).toBeGreaterThanOrEqual(5);
    } finally {
      client.release();
    }
  }, 60_000);
});
