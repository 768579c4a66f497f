// Regenerates the reference-data part of migration 0002 from reference/vn-admin-units/*.csv.
// Usage: node scripts/gen-admin-units-sql.mjs > /tmp/admin-units.sql (then paste into the migration).
import fs from 'node:fs';

const dir = new URL('../reference/vn-admin-units/', import.meta.url);
function readCsv(name) {
  const [header, ...lines] = fs.readFileSync(new URL(name, dir), 'utf8').trim().split(/\r?\n/);
  const cols = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [cols[i], v])));
}
const q = (v) => (v === undefined || v === null || v === '' ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);
function insert(table, columns, rows) {
  const out = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const values = rows.slice(i, i + 1000).map((r) => `(${r.map(q).join(',')})`);
    out.push(`INSERT INTO ${table} (${columns.join(', ')}) VALUES\n${values.join(',\n')};`);
  }
  return out;
}
const typeOf = (fullName) => fullName.split(' ')[0];
const parts = [];
for (const [version, file] of [
  ['2025-07-01', 'provinces_2025-07-01.csv'],
  ['2026-04-30', 'provinces_2026-04-30.csv'],
])
  parts.push(
    ...insert(
      'admin_provinces',
      ['version', 'code', 'name', 'full_name'],
      readCsv(file).map((r) => [version, r.province_code, r.name, r.full_name]),
    ),
  );
parts.push(
  ...insert(
    'admin_provinces',
    ['version', 'code', 'name', 'full_name'],
    readCsv('old_provinces_pre2025.csv').map((r) => ['pre-2025', r.province_code, r.name, r.full_name]),
  ),
);
parts.push(
  ...insert(
    'admin_districts',
    ['version', 'code', 'name', 'full_name', 'province_code'],
    readCsv('old_districts_pre2025.csv').map((r) => [
      'pre-2025',
      r.district_code,
      r.name,
      r.full_name,
      r.province_code,
    ]),
  ),
);
for (const [version, file] of [
  ['2025-07-01', 'communes_2025-07-01.csv'],
  ['2026-04-30', 'communes_2026-04-30.csv'],
])
  parts.push(
    ...insert(
      'admin_communes',
      ['version', 'code', 'name', 'full_name', 'type', 'province_code', 'district_code'],
      readCsv(file).map((r) => [version, r.commune_code, r.name, r.full_name, r.type, r.province_code, null]),
    ),
  );
parts.push(
  ...insert(
    'admin_communes',
    ['version', 'code', 'name', 'full_name', 'type', 'province_code', 'district_code'],
    readCsv('old_communes_pre2025.csv').map((r) => [
      'pre-2025',
      r.commune_code,
      r.name,
      r.full_name,
      typeOf(r.full_name),
      r.province_code,
      r.district_code,
    ]),
  ),
);
parts.push(
  ...insert(
    'admin_commune_mapping',
    ['old_code', 'old_name', 'new_code', 'new_name', 'new_province_code', 'kind'],
    readCsv('mapping_old_commune_to_new_commune.csv').map((r) => [
      r.old_commune_code,
      r.old_commune_name,
      r.new_commune_code,
      r.new_commune_name,
      r.new_province_code,
      r.type,
    ]),
  ),
);
parts.push(
  ...insert(
    'admin_province_mapping',
    ['old_code', 'new_code'],
    readCsv('mapping_old_province_to_new_province.csv').map((r) => [r.old_province_code, r.new_province_code]),
  ),
);
process.stdout.write(parts.join('\n--> statement-breakpoint\n') + '\n');
