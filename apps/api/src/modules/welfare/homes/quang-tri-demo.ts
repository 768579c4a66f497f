import type { Tx } from '../../../db/tx';

/**
 * Demo (issue 17 item 11, Quảng Trị): at the Workers' Month launch on 26/04/2024 LĐLĐ Quảng Trị handed over the
 * union's money for 27 Union Homes; one house is followed through ground-breaking, milestones, completion, the
 * handover ceremony and its final cost, with photos at each step (drawn in code, demo-images.ts); ten houses
 * are being built, sixteen wait for ground-breaking, and three more approved families wait for their house
 * record. Then the gifts for 10 injured workers handed out on 08/05/2024.
 */
export async function seedQuangTriWelfareDemo(tx: Tx): Promise<void> {
  const { rows: ctx } = await tx.query<{ province: number; campaign: number | null; launch: number; gifts: number }>(
    `SELECT u.id AS province,
            (SELECT id FROM campaigns WHERE unit_id = u.id AND year = 2024 AND kind = 'workers_month' LIMIT 1) AS campaign,
            (SELECT id FROM events WHERE unit_id = u.id AND kind = 'launch_ceremony' ORDER BY id LIMIT 1) AS launch,
            (SELECT id FROM events WHERE unit_id = u.id AND kind = 'visits_gifts' ORDER BY id LIMIT 1) AS gifts
       FROM org_units u WHERE u.code = 'LDLD-44'`,
  );
  const qt = ctx[0];
  if (!qt?.launch || !qt.gifts) return;
  await unionHomes(tx, qt.province, qt.campaign, qt.launch);
  await injuredWorkers(tx, qt.province, qt.campaign, qt.gifts);
}

// Communes of Quảng Trị (2025 codes) with the approximate centre of each: where the demo houses stand.
const places: [string, string, number, number][] = [
  ['19333', 'khu phố 4, phường Đông Hà', 16.812, 107.095],
  ['19429', 'thôn Tân Hòa, xã Khe Sanh', 16.625, 106.728],
  ['19432', 'khóm Duy Tân, xã Lao Bảo', 16.617, 106.603],
  ['19363', 'thôn Hồ Xá, xã Vĩnh Linh', 17.058, 107.012],
  ['19495', 'thôn Gio Mai, xã Gio Linh', 16.912, 107.071],
  ['19597', 'thôn Cam Thanh, xã Cam Lộ', 16.805, 106.985],
  ['19624', 'thôn Ái Tử, xã Triệu Phong', 16.79, 107.162],
  ['19702', 'thôn Hải Thọ, xã Hải Lăng', 16.695, 107.245],
  ['19360', 'khu phố 2, phường Quảng Trị', 16.747, 107.19],
  ['18880', 'tổ dân phố 6, phường Đồng Hới', 17.468, 106.6],
  ['19249', 'thôn Kiến Giang, xã Lệ Thủy', 17.218, 106.79],
  ['19141', 'thôn Hoàn Lão, xã Bố Trạch', 17.585, 106.528],
  ['19009', 'tổ dân phố 3, phường Ba Đồn', 17.755, 106.423],
  ['19564', 'thôn Krông Klang, xã Đakrông', 16.628, 106.935],
];
const situations = [
  'Nhà tạm lợp tôn, tường đất đã nứt; chồng bị tai nạn lao động, không còn khả năng lao động, hai con đang đi học.',
  'Mẹ đơn thân nuôi ba con nhỏ, thu nhập chỉ từ lương công nhân; nhà cũ dột nát sau bão.',
  'Hai vợ chồng là công nhân, con bị bệnh tim bẩm sinh, chi phí điều trị lớn; nhà cấp 4 xuống cấp nặng.',
  'Gia đình thuộc hộ cận nghèo, bố mẹ già yếu; mái nhà hư hỏng sau đợt lũ năm 2023.',
];

async function unionHomes(tx: Tx, province: number, campaign: number | null, launch: number): Promise<void> {
  const { rows: p } = await tx.query<{ id: number }>(
    `INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, handout_from, handout_to,
       benefit_form, benefit_vnd, benefit_description, hardship_categories, campaign_id)
     VALUES ($1, 'union_home', 'Mái ấm Công đoàn năm 2024', 2024, '2024-03-01', '2024-04-20', '2024-04-26',
       '2024-12-31', 'in_kind', 50000000, 'Xây mới 50.000.000 đồng, sửa chữa 30.000.000 đồng mỗi nhà',
       '{Không có nhà ở,Nhà ở dột nát}', $2) RETURNING id`,
    [province, campaign],
  );
  const programme = p[0]!.id;
  await tx.query(
    `INSERT INTO welfare_funding (programme_id, source_kind, sponsor_name, amount_vnd)
     VALUES ($1, 'union_fund', NULL, 1010000000), ($1, 'social_fund', NULL, 250000000)`,
    [programme],
  );
  await tx.query(
    `INSERT INTO welfare_quotas (programme_id, unit_id, count, budget_vnd) VALUES ($1, $2, 30, 1260000000)`,
    [programme, province],
  );
  // 30 members of Quảng Trị, taken in turn from its grassroots unions.
  const { rows: people } = await tx.query<{ id: number; unitId: number; fullName: string }>(
    `SELECT id, "unitId", "fullName" FROM (
       SELECT pe.id, pe.unit_id AS "unitId", pe.full_name AS "fullName",
              row_number() OVER (PARTITION BY pe.unit_id ORDER BY pe.id) AS rn
         FROM persons pe JOIN org_units u ON u.id = pe.unit_id, org_units top
        WHERE top.code = 'LDLD-44' AND u.path <@ top.path AND pe.member_status = 'active'
          AND pe.merged_into_id IS NULL AND u.code NOT LIKE 'QT-01%') x
     ORDER BY rn, "unitId" LIMIT 30`,
  );
  for (const [i, person] of people.entries()) {
    const build = i % 3 !== 2;
    const union = build ? 50_000_000 : 30_000_000;
    const { rows: n } = await tx.query<{ id: number }>(
      `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, cccd, phone, reason,
         hardship_category, amount_vnd, status)
       SELECT $1, pe.unit_id, pe.id, pe.full_name, pe.cccd, pe.phone, $3, $4, $5, $6 FROM persons pe WHERE pe.id = $2
       RETURNING id`,
      [
        programme,
        person.id,
        situations[i % situations.length],
        build ? 'Không có nhà ở' : 'Nhà ở dột nát',
        union,
        i < 27 ? 'handed_out' : 'approved',
      ],
    );
    const nomination = n[0]!.id;
    await tx.query(
      `INSERT INTO welfare_nomination_reviews (nomination_id, level_unit_id, decision, decided_at)
       VALUES ($1, $2, 'submitted', '2024-03-25 09:00+07'), ($1, $3, 'approved', '2024-04-10 15:00+07')`,
      [nomination, person.unitId, province],
    );
    if (i >= 27) continue; // approved, the house record still to be opened
    await tx.query(
      `INSERT INTO welfare_handouts (nomination_id, method, amount_vnd, handed_by, place, handed_on, event_id)
       VALUES ($1, 'transfer', $2, 'Chủ tịch LĐLĐ tỉnh Quảng Trị',
               'Lễ phát động Tháng Công nhân năm 2024, KCN Nam Đông Hà', '2024-04-26', $3)`,
      [nomination, union, launch],
    );
    await house(tx, i, programme, nomination, person, build, union, province, campaign);
  }
}

async function house(
  tx: Tx,
  i: number,
  programme: number,
  nomination: number,
  person: { id: number; unitId: number; fullName: string },
  build: boolean,
  union: number,
  province: number,
  campaign: number | null,
): Promise<void> {
  const [commune, address, lat, lon] = places[i % places.length]!;
  // Spread houses of one commune a little (deterministic) so their points do not overlap.
  const jitter = (k: number) => (((i * 7919 + k * 104729) % 1000) / 1000 - 0.5) * 0.03;
  const cost = build ? 70_000_000 : 35_000_000;
  const family = build ? 10_000_000 : 5_000_000;
  const coFunders = build ? [{ name: 'Quỹ Vì người nghèo tỉnh Quảng Trị', amountVnd: 10_000_000 }] : [];
  const stage = i === 0 ? 'final_cost' : i <= 10 ? 'ground_breaking' : 'funding';
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO welfare_homes (programme_id, nomination_id, unit_id, person_id, full_name, kind, stage,
       family_situation, applied_on, province_code, commune_code, address, latitude, longitude,
       surveyed_on, surveyed_by, survey_findings, estimated_cost_vnd, approved_on, decision_number, approved_cost_vnd,
       union_vnd, co_funders, family_vnd, other_vnd, started_on)
     SELECT $1, $2, $3, $4, $5, $6, $7, n.reason, '2024-03-18', '44', $8, $9, $10, $11,
            '2024-03-28', 'Tổ khảo sát Ban Chính sách pháp luật, LĐLĐ tỉnh',
            CASE WHEN $6 = 'build' THEN 'Nhà tạm xuống cấp, không đảm bảo an toàn; đề nghị xây mới khoảng 45 m².'
                 ELSE 'Mái và tường hư hỏng, nền nhà ẩm; đề nghị sửa chữa mái, tường và nền.' END,
            $12, '2024-04-10', '86/QĐ-LĐLĐ', $12, $13, $14, $15, 0,
            CASE WHEN $7 <> 'funding' THEN DATE '2024-05-06' + ($16::int % 30) END
       FROM welfare_nominations n WHERE n.id = $2 RETURNING id`,
    [
      programme,
      nomination,
      person.unitId,
      person.id,
      person.fullName,
      build ? 'build' : 'repair',
      stage,
      commune,
      address,
      lat + jitter(1),
      lon + jitter(2),
      cost,
      union,
      JSON.stringify(coFunders),
      family,
      i * 3,
    ],
  );
  const id = rows[0]!.id;
  if (stage === 'ground_breaking') {
    await tx.query(
      `INSERT INTO welfare_home_milestones (home_id, title, done_on, progress_percent)
       SELECT id, 'Xong phần móng', started_on + 20, 30 FROM welfare_homes WHERE id = $1`,
      [id],
    );
  }
  if (stage !== 'final_cost') return;
  const ceremony = async (title: string, kind: string, at: string) => {
    const { rows: e } = await tx.query<{ id: number }>(
      `INSERT INTO events (unit_id, campaign_id, title, kind, starts_at, ends_at, place_address)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $5::timestamptz + interval '2 hours', $6) RETURNING id`,
      [province, campaign, title, kind, at, `${address}, tỉnh Quảng Trị`],
    );
    await tx.query('INSERT INTO event_seat_counts (event_id) VALUES ($1)', [e[0]!.id]);
    return e[0]!.id;
  };
  const start = await ceremony(
    `Khởi công nhà Mái ấm Công đoàn cho gia đình đoàn viên ${person.fullName}`,
    'union_home_groundbreaking',
    '2024-05-06T08:00:00+07:00',
  );
  const handover = await ceremony(
    `Bàn giao nhà Mái ấm Công đoàn cho gia đình đoàn viên ${person.fullName}`,
    'other',
    '2024-08-02T08:00:00+07:00',
  );
  await tx.query(
    `UPDATE welfare_homes SET started_on = '2024-05-06', start_event_id = $2, completed_on = '2024-07-25',
            handed_on = '2024-08-02', handover_event_id = $3, final_cost_vnd = 71200000,
            note = 'Phát sinh 1.200.000 đồng làm thêm rãnh thoát nước, gia đình tự chi trả.'
      WHERE id = $1`,
    [id, start, handover],
  );
  const { rows: m } = await tx.query<{ id: number }>(
    `INSERT INTO welfare_home_milestones (home_id, title, done_on, progress_percent, note) VALUES
       ($1, 'Xong phần móng', '2024-05-28', 25, NULL),
       ($1, 'Xây xong tường, đổ mái', '2024-06-27', 70, 'Công đoàn cơ sở cử 12 đoàn viên góp ngày công'),
       ($1, 'Hoàn thiện, sơn, lắp cửa', '2024-07-22', 100, NULL) RETURNING id`,
    [id],
  );
  const photos: [string, number | null, string, string][] = [
    ['application', null, 'nha-cu', 'Hiện trạng nhà cũ'],
    ['survey', null, 'khao-sat', 'Tổ khảo sát đo đạc hiện trạng'],
    ['ground_breaking', m[0]!.id, 'mong', 'Xong phần móng'],
    ['ground_breaking', m[1]!.id, 'tuong', 'Xây xong tường'],
    ['completion', null, 'hoan-thanh', 'Nhà mới hoàn thành'],
    ['handover', null, 'ban-giao', 'Lễ bàn giao nhà'],
  ];
  for (const [stage, milestone, image, caption] of photos) {
    await tx.query(
      `INSERT INTO welfare_home_photos (home_id, stage, milestone_id, file_key, file_name, caption)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [id, stage, milestone, `demo-homes/${image}.png`, `${image}.png`, caption],
    );
  }
}

const injuries = [
  'Bị máy cắt vải cắt vào tay khi vận hành, phải khâu 12 mũi, nghỉ điều trị 3 tuần.',
  'Ngã từ giàn giáo khi lắp đặt, gãy xương cẳng chân, nghỉ điều trị 2 tháng.',
  'Bị bỏng hơi nóng ở dây chuyền sấy gỗ, điều trị tại Bệnh viện Đa khoa tỉnh.',
  'Tai nạn giao thông trên đường đi làm, chấn thương vùng đầu, đang điều trị.',
  'Bị vật nặng rơi trúng bàn chân khi bốc xếp hàng, nứt xương bàn chân.',
];

async function injuredWorkers(tx: Tx, province: number, campaign: number | null, gifts: number): Promise<void> {
  const { rows: p } = await tx.query<{ id: number }>(
    `INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, handout_from, handout_to,
       benefit_form, benefit_vnd, benefit_description, hardship_categories, campaign_id)
     VALUES ($1, 'accident_illness', 'Thăm hỏi, tặng quà công nhân bị tai nạn lao động – Tháng Công nhân 2024', 2024,
       '2024-04-15', '2024-05-05', '2024-05-08', '2024-05-08', 'cash', 2000000, 'Tiền mặt và quà',
       '{Tai nạn lao động}', $2) RETURNING id`,
    [province, campaign],
  );
  const programme = p[0]!.id;
  await tx.query(
    `INSERT INTO welfare_funding (programme_id, source_kind, sponsor_name, amount_vnd) VALUES ($1, 'union_fund', NULL, 20000000)`,
    [programme],
  );
  await tx.query(
    `INSERT INTO welfare_quotas (programme_id, unit_id, count, budget_vnd) VALUES ($1, $2, 10, 20000000)`,
    [programme, province],
  );
  // Ten workers of the Nam Đông Hà industrial zone's enterprises.
  const { rows: people } = await tx.query<{ id: number; unitId: number }>(
    `SELECT pe.id, pe.unit_id AS "unitId" FROM persons pe JOIN org_units u ON u.id = pe.unit_id, org_units top
      WHERE top.code = 'KCN-NDH' AND u.path <@ top.path AND pe.member_status = 'active' AND pe.merged_into_id IS NULL
      ORDER BY pe.id DESC LIMIT 10`,
  );
  for (const [i, person] of people.entries()) {
    const { rows: n } = await tx.query<{ id: number }>(
      `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, cccd, phone, reason,
         hardship_category, amount_vnd, status)
       SELECT $1, pe.unit_id, pe.id, pe.full_name, pe.cccd, pe.phone, $3, 'Tai nạn lao động', 2000000, 'handed_out'
         FROM persons pe WHERE pe.id = $2 RETURNING id`,
      [programme, person.id, injuries[i % injuries.length]],
    );
    await tx.query(
      `INSERT INTO welfare_nomination_reviews (nomination_id, level_unit_id, decision, decided_at)
       VALUES ($1, $2, 'submitted', '2024-04-25 09:00+07'), ($1, $3, 'approved', '2024-05-03 15:00+07')`,
      [n[0]!.id, person.unitId, province],
    );
    await tx.query(
      `INSERT INTO welfare_handouts (nomination_id, method, amount_vnd, handed_by, place, handed_on, event_id)
       VALUES ($1, 'cash', 2000000, 'Phó Chủ tịch LĐLĐ tỉnh Quảng Trị', 'KCN Nam Đông Hà', '2024-05-08', $2)`,
      [n[0]!.id, gifts],
    );
  }
}
