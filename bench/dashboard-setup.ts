// `node --import tsx bench/dashboard-setup.ts`: builds a database for bench/dashboard.ts when the
// seeder's national database is not at hand. On BENCH_DATABASE_URL or TEST_DATABASE_URL (a server) it
// creates `BENCH_DB` (default rollups_bench): demo + 34 provinces × 100 commune unions × 37 grassroots
// unions (≈130,000 units, as bench/org-tree.ts) + BENCH_MEMBERS memberships (default 12,000,000) loaded
// with SQL and triggers off — as the seeder does — then member_rollups_rebuild() and VACUUM ANALYZE.
import pg from 'pg';
import { runMigrations } from '../apps/api/src/db/migrate';
import { inTransaction } from '../apps/api/src/db/tx';
import { seedDemo } from '../apps/api/src/modules/demo/seed-demo';

const TOTAL = Number(process.env.BENCH_MEMBERS ?? 12_000_000);
const NAME = process.env.BENCH_DB ?? 'rollups_bench';
const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!base) throw new Error('set BENCH_DATABASE_URL or TEST_DATABASE_URL (a PostgreSQL server)');
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${NAME}`);
await admin.end();
const url = new URL(base);
url.pathname = `/${NAME}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
await runMigrations(pool);
await seedDemo(pool, 'system');
const step = (label: string, t0: number) => console.log(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);

let t0 = Date.now();
await inTransaction(
  pool,
  { actorId: null, actorName: null, source: 'system', requestId: null, action: 'bench.generate' },
  async (tx) => {
    await tx.query(`INSERT INTO org_units (code, name, kind, parent_id, founded_on)
    SELECT 'P' || p, 'Liên đoàn Lao động tỉnh số ' || p, 'provincial_federation', (SELECT id FROM org_units WHERE code = 'TLD'), '2020-01-01'
      FROM generate_series(1, 34) p`);
    await tx.query(`INSERT INTO org_units (code, name, kind, subkind, parent_id, founded_on)
    SELECT 'P' || p || '-X' || x, 'Công đoàn xã Thử ' || p || '-' || x, 'upper_union', 'commune_union', u.id, '2020-01-01'
      FROM generate_series(1, 34) p JOIN org_units u ON u.code = 'P' || p, generate_series(1, 100) x`);
    await tx.query(`INSERT INTO org_units (code, name, kind, subkind, parent_id, founded_on, sector)
    SELECT u.code || '-G' || g, 'CĐCS Công ty Hưng Thịnh ' || u.code || '-' || g, 'grassroots_union', 'enterprise', u.id,
           '2020-01-01', (ARRAY['state_enterprise','non_state','non_state','fdi','public_unit','cooperative'])[1 + g % 6]
      FROM org_units u, generate_series(1, 37) g WHERE u.code LIKE 'P%-X%'`);
  },
);
step('units', t0);

// Members: bulk SQL with triggers off (no audit, no mirror, no rollup), as a seeder would load them.
// The name indexes are dropped first: the dashboard never reads them and they dominate the load time.
t0 = Date.now();
const client = await pool.connect();
await client.query('DROP INDEX IF EXISTS persons_name_trgm, persons_sort, persons_birth, persons_phone');
await client.query("SET session_replication_role = 'replica'");
const BATCH = 500_000;
for (let from = 1; from <= TOTAL; from += BATCH) {
  const to = Math.min(TOTAL, from + BATCH - 1);
  await client.query(
    `WITH units AS (SELECT array_agg(id ORDER BY id) AS ids FROM org_units WHERE kind = 'grassroots_union'),
     g AS (SELECT i, units.ids[1 + (i * 7919) % cardinality(units.ids)] AS unit,
                  CASE WHEN i % 10 < 9 THEN 'active' WHEN i % 100 < 93 THEN 'left' WHEN i % 100 < 96 THEN 'transferred_out'
                       WHEN i % 100 < 97 THEN 'in_transit' WHEN i % 100 < 98 THEN 'removed' ELSE 'deceased' END AS status,
                  CASE WHEN (i * 104729) % 53 = 0 THEN NULL WHEN (i * 1299709) % 19 < 10 THEN 'female' ELSE 'male' END AS gender
             FROM generate_series($1::bigint, $2::bigint) i, units),
     p AS (INSERT INTO persons (id, unit_id, member_status, membership_id, given_name, full_name, sort_key, gender)
           SELECT 20000000 + i, unit, status, 20000000 + i, 'Thử', 'Người Thử ' || i, 'thu ' || i, gender FROM g
           RETURNING id)
     INSERT INTO memberships (id, person_id, unit_id, admitted_on, status)
     SELECT 20000000 + i, 20000000 + i, unit, date '2005-01-01' + (i % 7600)::int, status FROM g`,
    [from, to],
  );
  console.log(`  members ${to.toLocaleString('en')}`);
}
await client.query("SET session_replication_role = 'origin'");
client.release();
step('members', t0);
t0 = Date.now();
const rebuilt = await pool.query<{ n: string }>('SELECT member_rollups_rebuild() AS n');
step(`member_rollups_rebuild (${rebuilt.rows[0]!.n} rows)`, t0);
t0 = Date.now();
await pool.query('VACUUM ANALYZE');
step('vacuum analyze', t0);
await pool.end();
