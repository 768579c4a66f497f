// `node --import tsx bench/search-dataset.ts`: builds `search_bench`, a national-shaped database for the
// member-search benchmark when the real 12M dataset is not at hand: the demo, 34 provincial federations ×
// 100 commune unions × 37 grassroots unions (≈130,000 units, like bench/org-tree.ts) and SEARCH_MEMBERS
// (default 3,000,000) persons spread evenly over them, so a province holds 1/34 of the nation as in the
// real data. Names follow real frequencies (Nguyễn 38 %, Thị/Văn middle names, a long tail of given
// names); sort keys are the product's (`vietnameseSortKey`), CCCD/phone unique, a third hold a card.
// Loaded with SQL, triggers off, secondary indexes rebuilt afterwards.
import pg from 'pg';
import { vietnameseSortKey } from '@congdoan/domain';
import { runMigrations } from '../apps/api/src/db/migrate';
import { seedDemo } from '../apps/api/src/modules/demo/seed-demo';

const TOTAL = Number(process.env.SEARCH_MEMBERS ?? 3_000_000);
const DB = process.env.SEARCH_DB ?? 'search_bench';
const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!base) throw new Error('set BENCH_DATABASE_URL or TEST_DATABASE_URL (a PostgreSQL server)');

type Weighted = [string, number][];
const family: Weighted = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 4],
  ['Huỳnh', 1.5],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 1.5],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.7],
  ['Trương', 0.6],
  ['Lương', 0.4],
  ['Mai', 0.4],
  ['Cao', 0.4],
  ['Tôn Nữ', 0.1],
  ['Hà', 0.5],
  ['Lưu', 0.3],
  ['Thái', 0.3],
  ['Vương', 0.2],
  ['Tạ', 0.2],
  ['Kiều', 0.1],
  ['Triệu', 0.2],
];
const middle: Record<'female' | 'male', Weighted> = {
  female: [
    ['Thị', 55],
    ['Ngọc', 6],
    ['Thu', 6],
    ['Thanh', 5],
    ['Minh', 4],
    ['Phương', 3],
    ['Hồng', 4],
    ['Kim', 3],
    ['Thùy', 3],
    ['Mai', 2],
    ['Thị Thu', 3],
    ['Thị Ngọc', 2],
    ['Bảo', 2],
    ['Khánh', 2],
    ['Hoài', 1],
  ],
  male: [
    ['Văn', 45],
    ['Đức', 8],
    ['Minh', 8],
    ['Quang', 6],
    ['Hữu', 6],
    ['Thanh', 4],
    ['Xuân', 4],
    ['Công', 4],
    ['Ngọc', 3],
    ['Trọng', 3],
    ['Đình', 4],
    ['Quốc', 3],
    ['Tiến', 2],
    ['Hoàng', 1],
    ['Văn Hoà', 0.5],
  ],
};
const tail = (names: string) => names.split(' ').map((n): [string, number] => [n, 0.4]);
const given: Record<'female' | 'male', Weighted> = {
  female: [
    ['Lan', 5],
    ['Hoa', 5],
    ['Hương', 6],
    ['Linh', 6],
    ['Trang', 6],
    ['Hà', 4],
    ['Thảo', 5],
    ['Anh', 5],
    ['Ngọc', 3],
    ['Mai', 4],
    ['Huyền', 4],
    ['Phương', 4],
    ['Thủy', 4],
    ['Hằng', 4],
    ['Nhung', 3],
    ['Yến', 3],
    ['Oanh', 2],
    ['Hạnh', 3],
    ['Loan', 2],
    ['Vân', 3],
    ['Dung', 3],
    ['Nga', 3],
    ['Giang', 3],
    ['Hòa', 2],
    ['Ánh', 2],
    ['Uyên', 2],
    ['Ly', 2],
    ['Quỳnh', 3],
    ['Duyên', 2],
    ['Tâm', 2],
    ['Hoài', 1],
    ['Hiền', 2],
    ...tail('Thơ Nhàn Xuyến Gấm Lụa Huệ Cúc Đào Hồng Thắm Diệp Ngân Thoa Thúy Tuyết Vy Xuân Hảo Lành Thư'),
  ],
  male: [
    ['Hùng', 5],
    ['Dũng', 5],
    ['Tuấn', 6],
    ['Nam', 6],
    ['Minh', 5],
    ['Long', 4],
    ['Hải', 5],
    ['Sơn', 4],
    ['Thắng', 4],
    ['Cường', 4],
    ['Hoàng', 3],
    ['Quân', 4],
    ['Phúc', 3],
    ['Trung', 4],
    ['Hiếu', 4],
    ['Đức', 4],
    ['Bình', 3],
    ['Tùng', 3],
    ['Khánh', 3],
    ['Huy', 4],
    ['An', 3],
    ['Lâm', 2],
    ['Thành', 4],
    ['Việt', 3],
    ['Quang', 3],
    ['Toàn', 2],
    ['Vinh', 3],
    ['Ân', 1],
    ['Đạt', 3],
    ['Kiên', 2],
    ['Hòa', 1],
    ['Văn', 0.2],
    ...tail('Khoa Hoan Thuận Lực Tài Lộc Nghĩa Hậu Chiến Duẩn Đoàn Trí Phong Tín Vượng Khải Bảo Sang Tú Hưng'),
  ],
};

/** 1,000 slots per list, each name repeated in proportion to its weight (a weighted pick is one lookup). */
function slots(list: Weighted): string[] {
  const sum = list.reduce((s, [, w]) => s + w, 0);
  const out: string[] = [];
  let acc = 0;
  for (const [name, w] of list) {
    acc += w;
    while (out.length < Math.round((acc / sum) * 1000)) out.push(name);
  }
  return out;
}
const code = (part: string) => vietnameseSortKey({ givenName: part, middleName: '', familyName: '' }).split(' ')[0]!;

const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS ${DB} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DB}`);
await admin.end();
const url = new URL(base);
url.pathname = `/${DB}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
await runMigrations(pool);
await seedDemo(pool, 'system');
const t0 = Date.now();
const c = await pool.connect();
await c.query("SET session_replication_role = 'replica'");
await c.query(`SET maintenance_work_mem = '1GB'`);
await c.query(`INSERT INTO org_units (code, name, kind, parent_id, founded_on, path)
  SELECT 'P' || p, 'Liên đoàn Lao động tỉnh số ' || p, 'provincial_federation', (SELECT id FROM org_units WHERE code = 'TLD'), '2020-01-01', '0'
    FROM generate_series(1, 34) p`);
await c.query(`INSERT INTO org_units (code, name, kind, subkind, parent_id, founded_on, path)
  SELECT 'P' || p || '-X' || x, 'Công đoàn xã Thử ' || p || '-' || x, 'upper_union', 'commune_union', u.id, '2020-01-01', '0'
    FROM generate_series(1, 34) p JOIN org_units u ON u.code = 'P' || p, generate_series(1, 100) x`);
await c.query(`INSERT INTO org_units (code, name, kind, subkind, parent_id, founded_on, path)
  SELECT u.code || '-G' || g, 'CĐCS Công ty ' || u.code || '-' || g, 'grassroots_union', 'enterprise', u.id, '2020-01-01', '0'
    FROM org_units u, generate_series(1, 37) g WHERE u.code LIKE 'P%-X%'`);
// org_units' path trigger was off: compute the paths of the new units (three levels under the root).
await c.query(
  `UPDATE org_units u SET path = (SELECT path FROM org_units WHERE code = 'TLD') || u.id::text WHERE u.code ~ '^P[0-9]+$'`,
);
await c.query(
  `UPDATE org_units u SET path = p.path || u.id::text FROM org_units p WHERE p.id = u.parent_id AND u.code ~ '^P[0-9]+-X[0-9]+$'`,
);
await c.query(
  `UPDATE org_units u SET path = p.path || u.id::text FROM org_units p WHERE p.id = u.parent_id AND u.code ~ '^P[0-9]+-X[0-9]+-G[0-9]+$'`,
);

const { rows: idx } = await c.query<{ def: string; name: string }>(
  `SELECT indexdef AS def, indexname AS name FROM pg_indexes i
    WHERE tablename IN ('persons', 'memberships', 'member_cards')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = i.indexname)`,
);
for (const { name } of idx) await c.query(`DROP INDEX ${name}`);

const lists = {
  fam: slots(family),
  fMid: slots(middle.female),
  mMid: slots(middle.male),
  fGiv: slots(given.female),
  mGiv: slots(given.male),
};
const codes = Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, v.map(code)])) as typeof lists;
const { rows: unitRows } = await c.query<{ ids: string[] }>(
  `SELECT array_agg(id ORDER BY id) AS ids FROM org_units WHERE code LIKE 'P%-G%'`,
);
// The lists go in as parameters (constants of the plan): a table column would be detoasted per row.
const arrays = [
  lists.fam,
  lists.fMid,
  lists.mMid,
  lists.fGiv,
  lists.mGiv,
  codes.fam,
  codes.fMid,
  codes.mMid,
  codes.fGiv,
  codes.mGiv,
];
const h = (i: string, k: number) => `(abs(hashint8(${i} * 8 + ${k})) % 1000 + 1)`;
const step = 500_000;
for (let from = 1; from <= TOTAL; from += step) {
  const to = Math.min(TOTAL, from + step - 1);
  await c.query(
    `WITH g AS (
       SELECT i, (hashint8(i * 8) & 1) = 0 AS female, ${h('i', 1)} AS fi, ${h('i', 2)} AS mi, ${h('i', 3)} AS gi,
              ($13::bigint[])[1 + abs(hashint8(i * 8 + 4)) % cardinality($13::bigint[])] AS unit
         FROM generate_series($1::bigint, $2::bigint) i),
     x AS (
       SELECT i, unit, female, ($3::text[])[fi] AS f, CASE WHEN female THEN ($4::text[])[mi] ELSE ($5::text[])[mi] END AS m,
              CASE WHEN female THEN ($6::text[])[gi] ELSE ($7::text[])[gi] END AS gv,
              CASE WHEN female THEN ($11::text[])[gi] ELSE ($12::text[])[gi] END || ' ' || CASE WHEN female THEN ($9::text[])[mi] ELSE ($10::text[])[mi] END
                || ' ' || ($8::text[])[fi] AS sk,
              date '1966-01-01' + (abs(hashint8(i * 8 + 5)) % 14600)::int AS born
         FROM g),
     p AS (
       INSERT INTO persons (id, unit_id, member_status, membership_id, family_name, middle_name, given_name, full_name,
                            sort_key, gender, birth_date, cccd, phone)
       SELECT 10000000 + i, unit, 'active', 10000000 + i, f, m, gv, f || ' ' || m || ' ' || gv, sk,
              CASE WHEN female THEN 'female' ELSE 'male' END, born,
              '0' || lpad((1 + i % 96)::text, 2, '0') || ((CASE WHEN born >= '2000-01-01' THEN 2 ELSE 0 END)
                + (CASE WHEN female THEN 1 ELSE 0 END))::text || lpad(((i * 7919) % 100000000)::text, 8, '0'),
              '09' || lpad(((i * 104729) % 100000000)::text, 8, '0')
         FROM x RETURNING id, unit_id)
     INSERT INTO memberships (id, person_id, unit_id, admitted_on, card_number)
     SELECT id, id, unit_id, date '2005-01-01' + (id % 7600)::int,
            CASE WHEN id % 3 = 0 THEN 'P-' || (2005 + id % 20) || '-' || lpad((id % 1000000)::text, 6, '0') || '-' || id % 97 END
       FROM p`,
    [from, to, ...arrays, unitRows[0]!.ids],
  );
  console.log(`persons ${to.toLocaleString('en')} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}
await c.query(`INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on)
  SELECT id, unit_id, card_number, admitted_on FROM memberships WHERE card_number IS NOT NULL AND id >= 10000000`);
await c.query(`SELECT setval(pg_get_serial_sequence('persons', 'id'), (SELECT max(id) FROM persons))`);
await c.query(`SELECT setval(pg_get_serial_sequence('memberships', 'id'), (SELECT max(id) FROM memberships))`);
console.log(`loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s; rebuilding ${idx.length} indexes`);
for (const { def, name } of idx) {
  const s = Date.now();
  await c.query(def);
  console.log(`  ${name} ${((Date.now() - s) / 1000).toFixed(0)} s`);
}
await c.query("SET session_replication_role = 'origin'");
c.release();
await pool.query('VACUUM ANALYZE persons');
await pool.query('VACUUM ANALYZE memberships');
await pool.query('VACUUM ANALYZE member_cards');
await pool.query('ANALYZE org_units');
console.log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
await pool.end();
