// `node --import tsx bench/members-list.ts`: member search and paging over a 500,000-member
// subtree (Quảng Trị). Builds its own database `bench_members` on BENCH_DATABASE_URL or
// TEST_DATABASE_URL (a PostgreSQL server), loads the demo, adds members in bulk with SQL, then
// times findMembers (the use case behind GET /api/members) as the system administrator.
import pg from 'pg';
import { memberListQuery } from '@congdoan/domain';
import { loadConfig } from '../apps/api/src/config';
import { runMigrations } from '../apps/api/src/db/migrate';
import { systemActor } from '../apps/api/src/context/actor';
import { makeCtx } from '../apps/api/src/context/context';
import { seedDemo } from '../apps/api/src/modules/demo/seed-demo';
import { findMembers } from '../apps/api/src/modules/members/find-members';

const TOTAL = Number(process.env.BENCH_MEMBERS ?? 500_000);
const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!base) throw new Error('set BENCH_DATABASE_URL or TEST_DATABASE_URL (a PostgreSQL server)');
const admin = new pg.Client({ connectionString: base });
await admin.connect();
// BENCH_DB_NAME: another name, so two people on one server do not drop each other's database.
const dbName = process.env.BENCH_DB_NAME ?? 'bench_members';
if (!/^\w+$/.test(dbName)) throw new Error('BENCH_DB_NAME: letters, digits and _ only');
await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${dbName}`);
await admin.end();
const url = new URL(base);
url.pathname = `/${dbName}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
await runMigrations(pool);
await seedDemo(pool, 'system');

const t0 = Date.now();
// Bulk load without row triggers (audit chain, mirror): the mirror columns are written directly.
const client = await pool.connect();
await client.query("SET session_replication_role = 'replica'");
await client.query(
  `WITH units AS (
     SELECT array_agg(u.id ORDER BY u.id) AS ids FROM org_units u JOIN org_units f ON f.path @> u.path
      WHERE f.code = 'LDLD-44' AND u.kind = 'grassroots_union'),
   fam AS (SELECT ARRAY['Nguyễn','Nguyễn','Nguyễn','Nguyễn','Trần','Lê','Phạm','Hoàng','Phan','Vũ','Đặng','Bùi','Đỗ','Hồ','Ngô'] AS a),
   mid AS (SELECT ARRAY['Thị','Thị','Văn','Văn','Đức','Minh','Ngọc','Thu','Quang','Hữu'] AS a),
   giv AS (SELECT ARRAY['Lan','Hoa','Hương','Linh','Trang','Hà','Thảo','Anh','Hùng','Dũng','Tuấn','Nam','Minh','Long','Hải',
                        'Sơn','Thắng','Cường','Hòa','Ánh','Ân','Bình','Đức','Yến','Uyên','Ước','Khánh','Phúc'] AS a),
   g AS (SELECT i, fam.a[1 + (i * 7919) % cardinality(fam.a)] AS f, mid.a[1 + (i * 104729) % cardinality(mid.a)] AS m,
                giv.a[1 + (i * 1299709) % cardinality(giv.a)] AS gv, units.ids[1 + (i * 31) % cardinality(units.ids)] AS unit
           FROM generate_series(1::bigint, $1::bigint) i, fam, mid, giv, units),
   p AS (INSERT INTO persons (id, unit_id, member_status, membership_id, family_name, middle_name, given_name, full_name,
                              sort_key, gender, birth_date, phone)
         SELECT 10000000 + i, unit, 'active', 10000000 + i, f, m, gv, f || ' ' || m || ' ' || gv,
                -- an approximate key is enough for timing; the product computes it in TypeScript
                lower(immutable_unaccent(gv || ' ' || m || ' ' || f)) || i,
                CASE WHEN m IN ('Thị', 'Thu', 'Ngọc') THEN 'female' ELSE 'male' END,
                date '1966-01-01' + ((i * 37) % 14600)::int, '09' || lpad(((i * 7919) % 100000000)::text, 8, '0')
           FROM g RETURNING id, unit_id)
   INSERT INTO memberships (id, person_id, unit_id, admitted_on, card_number)
   SELECT id, id, unit_id, date '2005-01-01' + (id % 7600)::int, CASE WHEN id % 3 = 0 THEN 'B-' || id END FROM p`,
  [TOTAL],
);
await client.query("SET session_replication_role = 'origin'");
client.release();
await pool.query('VACUUM ANALYZE');
const loadSeconds = (Date.now() - t0) / 1000;

const ctx = makeCtx({
  pool,
  config: loadConfig({ LOG_LEVEL: 'silent' }),
  actor: await systemActor(pool, 'bench'),
  source: 'system',
  requestId: null,
});
const { rows: qt } = await pool.query<{ id: number }>("SELECT id FROM org_units WHERE code = 'LDLD-44'");
const { rows: small } = await pool.query<{ id: number }>("SELECT id FROM org_units WHERE code = 'QT-0003'");
const cases: [string, Record<string, string | number>][] = [
  ['province, first page, Vietnamese order', { unit: qt[0]!.id }],
  ['province, page 1,000', { unit: qt[0]!.id, page: 1000 }],
  ['province, sorted by admission date desc', { unit: qt[0]!.id, sort: '-admittedOn' }],
  ['search "nguyen thi hoa"', { unit: qt[0]!.id, q: 'nguyen thi hoa' }],
  ['search a phone number', { unit: qt[0]!.id, q: '0900012345' }],
  [
    'filters: female, 31-40, card issued',
    { unit: qt[0]!.id, gender: 'female', ageFrom: 31, ageTo: 40, card: 'issued' },
  ],
  ['one grassroots union (~27k), first page', { unit: small[0]!.id }],
];
// BENCH_RUNS (default 5): more than 5 shows the plans PostgreSQL caches for a named statement (the page query
// is prepared; after five runs it may switch to a generic plan).
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const results: string[] = [];
for (const [name, q] of cases) {
  const query = memberListQuery.parse(q);
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    total = (await findMembers(ctx, query)).total;
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  results.push(
    `| ${name} | ${total.toLocaleString('en')} | ${times[RUNS >> 1]!.toFixed(0)} ms | ${times[RUNS - 1]!.toFixed(0)} ms |`,
  );
}
console.log(`loaded ${TOTAL.toLocaleString('en')} members in ${loadSeconds.toFixed(1)} s\n`);
console.log(`| query (GET /api/members) | matches | median | worst of ${RUNS} |\n|---|---|---|---|`);
console.log(results.join('\n'));
await pool.end();
