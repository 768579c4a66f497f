// Suggestions for consolidation at provincial scale: N petitions handled by one federation, then the
// "similar petitions" query (trigram over normalised text + same topic) for 20 starting petitions.
// Usage: BENCH_DATABASE_URL=postgres://… node --import tsx bench/petition-similarity.ts [N]
import pg from 'pg';
import { runMigrations } from '../apps/api/src/db/migrate';
import { seedDemo } from '../apps/api/src/modules/demo/seed-demo';

const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!base) throw new Error('set BENCH_DATABASE_URL or TEST_DATABASE_URL');
const n = Number(process.argv[2] ?? 20000);
const name = `bench_sim_${process.pid}`;
const admin = new pg.Pool({ connectionString: base, max: 1 });
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(base);
url.pathname = `/${name}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
try {
  await runMigrations(pool);
  await seedDemo(pool, 'system');
  const subjects = [
    'tăng lương tối thiểu vùng',
    'nhà công vụ cho giáo viên',
    'nhà trẻ cho con công nhân',
    'sân chơi, nhà văn hóa',
    'đóng bảo hiểm xã hội',
    'đào tạo nghề',
    'phụ cấp cán bộ không chuyên trách',
    'bữa ăn giữa ca',
    'làm thêm giờ',
    'an toàn lao động',
  ];
  const places = ['Khe Sanh', 'Lao Bảo', 'Đông Hà', 'Nam Đông Hà', 'Hướng Hóa', 'Cam Lộ', 'Gio Linh', 'Vĩnh Linh'];
  const t0 = Date.now();
  await pool.query(
    `INSERT INTO petitions (unit_id, origin_unit_id, title, content, topic_id, raised_by, addressee_kind, addressee_name, affected_workers)
     SELECT (SELECT id FROM org_units WHERE code = 'LDLD-44'),
            (SELECT id FROM org_units WHERE code = (ARRAY['CDX-19429','CDX-19432','QT-0006','QT-0007','QT-0008'])[1 + i % 5]),
            'Đề nghị ' || ($2::text[])[1 + i % 10] || ' cho người lao động ' || ($3::text[])[1 + (i / 10) % 8] || ' số ' || i,
            'Người lao động phản ánh về ' || ($2::text[])[1 + (i * 7) % 10] || '; đề nghị cơ quan có thẩm quyền xem xét.',
            (SELECT id FROM petition_topics ORDER BY id LIMIT 1 OFFSET i % 8), 'unit', 'authority', 'UBND tỉnh', i % 300
       FROM generate_series(1, $1) i`,
    [n, subjects, places],
  );
  await pool.query('ANALYZE petitions');
  const load = Date.now() - t0;
  const { rows: seeds } = await pool.query<{ id: number }>('SELECT id FROM petitions ORDER BY random() LIMIT 20');
  const norm = (p: string) => `immutable_unaccent(lower(${p}.title || ' ' || ${p}.content))`;
  const times: number[] = [];
  let found = 0;
  for (const s of seeds) {
    const t = process.hrtime.bigint();
    // The query of apps/api/src/modules/petitions/similar-petitions.ts (candidates and scores).
    const { rows } = await pool.query(
      `SELECT p2.id, similarity(${norm('p2')}, ${norm('s')}) AS score FROM petitions p2 JOIN petitions s ON s.id = $1
        JOIN org_units h2 ON h2.id = p2.unit_id
       WHERE p2.id <> s.id AND NOT p2.is_consolidated AND p2.consolidated_into_id IS NULL AND h2.path <@ $2::ltree[]
         AND (p2.topic_id = s.topic_id OR similarity(${norm('p2')}, ${norm('s')}) > 0.15)
       ORDER BY score DESC LIMIT 30`,
      [s.id, ['1']],
    );
    found += rows.length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      petitions: n,
      loadMs: load,
      p50Ms: times[10]!.toFixed(1),
      p95Ms: times[18]!.toFixed(1),
      avgSuggestions: found / 20,
    }),
  );
} finally {
  await pool.end();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
