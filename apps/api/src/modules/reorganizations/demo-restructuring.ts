import type { Tx } from '../../db/tx';

/**
 * Demo: locations and employers on the demo units, an executive committee, and one real-looking 2025
 * restructuring. Liên đoàn Lao động huyện Hướng Hóa (a district federation, pre-2025 codes) held
 * QT-0006…QT-0008 until it ended on 30/06/2025; from 01/07/2025 they belong to the new commune unions
 * of Khe Sanh and Lao Bảo, founded that day. Written as history rows plus the reorganisation record,
 * exactly as a "close" operation would have left them.
 */
export async function seedDemoRestructuring(tx: Tx): Promise<void> {
  // Current locations on the 2025 list: provinces from LDLD-<code>, communes from CDX-<code>.
  await tx.query(`UPDATE org_units SET admin_version = '2025-07-01', province_code = substr(code, 6)
                   WHERE kind = 'provincial_federation' AND code LIKE 'LDLD-%'`);
  await tx.query(`UPDATE org_units c SET admin_version = '2025-07-01', province_code = p.province_code, commune_code = substr(c.code, 5)
                    FROM org_units p WHERE p.id = c.parent_id AND c.code LIKE 'CDX-%'`);
  await tx.query(`UPDATE org_units SET founded_on = '2025-07-01' WHERE code IN ('CDX-19429', 'CDX-19432')`);
  await tx.query(`UPDATE org_unit_parents h SET valid_from = '2025-07-01' FROM org_units u
                   WHERE u.id = h.unit_id AND u.code IN ('CDX-19429', 'CDX-19432')`);
  // Grassroots unions: sector and employer (fictional tax codes with a valid shape).
  await tx.query(`UPDATE org_units SET sector = CASE WHEN subkind = 'public_unit' THEN 'public_unit'
                                                   WHEN name LIKE '%FDI%' THEN 'fdi' ELSE 'non_state' END,
                                     employer_name = regexp_replace(name, '^(CĐCS|Nghiệp đoàn) ', ''),
                                     employer_tax_code = CASE WHEN subkind = 'enterprise'
                                       THEN lpad((3200000000 + id * 7919)::text, 10, '0') END
                   WHERE kind = 'grassroots_union'`);
  // Hướng Hóa grassroots unions keep their pre-2025 communes (Thị trấn Khe Sanh, Xã Hướng Tân, Thị trấn Lao Bảo).
  await tx.query(`UPDATE org_units SET admin_version = 'pre-2025', province_code = '45', district_code = '465',
                    commune_code = CASE code WHEN 'QT-0006' THEN '19429' WHEN 'QT-0007' THEN '19453' ELSE '19432' END
                   WHERE code IN ('QT-0006', 'QT-0007', 'QT-0008')`);

  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO org_units (code, name, short_name, kind, subkind, parent_id, founded_on, closed_on,
                            admin_version, province_code, district_code, address)
     SELECT 'LDLD-HH', 'Liên đoàn Lao động huyện Hướng Hóa', 'LĐLĐ Hướng Hóa', 'upper_union', 'district_federation',
            id, '2020-01-01', '2025-06-30', 'pre-2025', '45', '465', 'Thị trấn Khe Sanh, huyện Hướng Hóa, tỉnh Quảng Trị'
       FROM org_units WHERE code = 'LDLD-44' RETURNING id`,
  );
  const hh = rows[0]!.id;
  await tx.query(`UPDATE org_unit_parents SET valid_to = '2025-07-01' WHERE unit_id = $1`, [hh]);
  const reorg = await tx.query<{ id: number }>(
    `INSERT INTO reorganizations (operation, effective_on, status, unit_id, payload, note, applied_at)
     VALUES ('close', '2025-07-01', 'applied', $1, '{}', 'Kết thúc hoạt động công đoàn cấp huyện; chuyển CĐCS về công đoàn xã mới', now())
     RETURNING id`,
    [hh],
  );
  const reorgId = reorg.rows[0]!.id;
  const moved = await tx.query<{ id: number; code: string; name: string; parent_id: number; parent_name: string }>(
    `SELECT u.id, u.code, u.name, u.parent_id, p.name AS parent_name FROM org_units u JOIN org_units p ON p.id = u.parent_id
      WHERE u.code IN ('QT-0006', 'QT-0007', 'QT-0008') ORDER BY u.code`,
  );
  for (const u of moved.rows) {
    await tx.query(`UPDATE org_unit_parents SET valid_from = '2025-07-01', reorganization_id = $2 WHERE unit_id = $1`, [
      u.id,
      reorgId,
    ]);
    await tx.query(
      `INSERT INTO org_unit_parents (unit_id, parent_id, valid_from, valid_to) VALUES ($1, $2, '2020-01-01', '2025-07-01')`,
      [u.id, hh],
    );
  }
  const changes = [
    ...moved.rows.map((u) => ({
      type: 'move',
      unitId: u.id,
      code: u.code,
      name: u.name,
      fromParentId: hh,
      fromParentName: 'Liên đoàn Lao động huyện Hướng Hóa',
      toParentId: u.parent_id,
      toParentName: u.parent_name,
      members: 0,
    })),
    {
      type: 'close',
      unitId: hh,
      code: 'LDLD-HH',
      name: 'Liên đoàn Lao động huyện Hướng Hóa',
      before: { closedOn: null },
      after: { closedOn: '2025-06-30' },
      members: 0,
    },
  ];
  await tx.query('UPDATE reorganizations SET changes = $2 WHERE id = $1', [
    reorgId,
    JSON.stringify({ items: changes }),
  ]);

  const term = await tx.query<{ id: number; unit_id: number }>(
    `INSERT INTO committee_terms (unit_id, label, starts_on, ends_on)
     SELECT id, '2023–2028', '2023-08-15', '2028-08-15' FROM org_units WHERE code = 'LDLD-44' RETURNING id, unit_id`,
  );
  const t = term.rows[0]!;
  for (const [name, position] of [
    ['Lê Thị Thanh Hương', 'chair'],
    ['Nguyễn Đức Thắng', 'vice_chair'],
    ['Hoàng Văn Minh', 'vice_chair'],
    ['Trần Thị Mai', 'standing_member'],
    ['Phan Văn Lực', 'member'],
  ])
    await tx.query(
      `INSERT INTO committee_members (term_id, unit_id, full_name, position, starts_on) VALUES ($1, $2, $3, $4, '2023-08-15')`,
      [t.id, t.unit_id, name, position],
    );
}
