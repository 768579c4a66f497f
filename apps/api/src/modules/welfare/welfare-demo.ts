import type { Tx } from '../../db/tx';

/**
 * Demo: LĐLĐ Nghệ An's "Quà Tết Bính Ngọ 2026" (Tết falls on 17/02/2026): 300 gifts of 600,000 VND from
 * the social fund and a sponsor, quotas two levels down (province → Phường Thành Vinh and the education
 * union → grassroots unions) and nominations in every state, each step kept as a review row.
 */
export async function seedWelfareDemo(tx: Tx): Promise<void> {
  const { rows: u } = await tx.query<{ code: string; id: number }>(
    `SELECT code, id FROM org_units WHERE code IN ('LDLD-40', 'CDX-16681', 'CDN-GD-40', 'NA-0001', 'NA-0002', 'NA-0101')`,
  );
  const id = Object.fromEntries(u.map((r) => [r.code, r.id])) as Record<string, number>;
  if (!id['LDLD-40']) return;
  const { rows: p } = await tx.query<{ id: number }>(
    `INSERT INTO welfare_programmes (unit_id, kind, name, year, nomination_from, nomination_to, handout_from, handout_to,
       benefit_form, benefit_vnd, benefit_description, hardship_categories, non_members_allowed, yearly_cap_vnd)
     VALUES ($1, 'tet_gift', 'Quà Tết Bính Ngọ 2026 cho đoàn viên có hoàn cảnh khó khăn', 2026, '2025-12-15',
       '2026-01-20', '2026-01-25', '2026-02-14', 'cash', 600000, 'Tiền mặt và phần quà Tết',
       '{Hoàn cảnh khó khăn,Ốm đau dài ngày,Tai nạn lao động}', true, 2000000) RETURNING id`,
    [id['LDLD-40']],
  );
  const programme = p[0]!.id;
  await tx.query(
    `INSERT INTO welfare_funding (programme_id, source_kind, sponsor_name, amount_vnd) VALUES
       ($1, 'social_fund', NULL, 150000000), ($1, 'sponsor', 'Công ty Cổ phần Sữa Vinamilk (Chi nhánh Nghệ An)', 30000000)`,
    [programme],
  );
  const quota = async (unit: string, parent: number | null, count: number) => {
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO welfare_quotas (programme_id, unit_id, parent_quota_id, count, budget_vnd)
       VALUES ($1, $2, $3, $4::int, $4::int * 600000::bigint) RETURNING id`,
      [programme, id[unit], parent, count],
    );
    return rows[0]!.id;
  };
  const root = await quota('LDLD-40', null, 300);
  const vinh = await quota('CDX-16681', root, 60);
  const education = await quota('CDN-GD-40', root, 40);
  await quota('NA-0001', vinh, 20);
  await quota('NA-0002', vinh, 15);
  await quota('NA-0101', education, 10);

  const { rows: people } = await tx.query<{ id: number; unit: string }>(
    `SELECT pe.id, u.code AS unit FROM persons pe JOIN org_units u ON u.id = pe.unit_id
      WHERE u.code IN ('NA-0001', 'NA-0002') AND pe.member_status = 'active' ORDER BY u.code, pe.id LIMIT 7`,
  );
  // Each state with the level it waits at and the steps behind it: [status, level, steps (level, decision, comment)].
  type Step = [string, string, string | null];
  const states: [string, string | null, Step[]][] = [
    ['draft', null, []],
    ['submitted', 'CDX-16681', [['NA-0001', 'submitted', null]]],
    [
      'approved_at_level',
      'LDLD-40',
      [
        ['NA-0001', 'submitted', null],
        ['CDX-16681', 'approved', null],
      ],
    ],
    [
      'returned',
      null,
      [
        ['NA-0001', 'submitted', null],
        ['CDX-16681', 'returned', 'Bổ sung xác nhận hoàn cảnh của công đoàn cơ sở'],
      ],
    ],
    [
      'refused',
      null,
      [
        ['NA-0002', 'submitted', null],
        ['CDX-16681', 'refused', 'Đã nhận hỗ trợ đợt trước'],
      ],
    ],
    [
      'approved',
      null,
      [
        ['NA-0002', 'submitted', null],
        ['CDX-16681', 'approved', null],
        ['LDLD-40', 'approved', null],
      ],
    ],
    [
      'handed_out',
      null,
      [
        ['NA-0002', 'submitted', null],
        ['CDX-16681', 'approved', null],
        ['LDLD-40', 'approved', null],
      ],
    ],
  ];
  for (const [i, person] of people.entries()) {
    const [status, level, steps] = states[i % states.length]!;
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO welfare_nominations (programme_id, unit_id, person_id, full_name, cccd, phone, reason,
         hardship_category, amount_vnd, status, level_unit_id)
       SELECT $1, pe.unit_id, pe.id, pe.full_name, pe.cccd, pe.phone, 'Gia đình khó khăn, con nhỏ, vợ ốm dài ngày',
              'Hoàn cảnh khó khăn', 600000, $3, (SELECT id FROM org_units WHERE code = $4)
         FROM persons pe WHERE pe.id = $2 RETURNING id`,
      [programme, person.id, status, level],
    );
    const nomination = rows[0]!.id;
    for (const [unit, decision, comment] of steps) {
      await tx.query(
        `INSERT INTO welfare_nomination_reviews (nomination_id, level_unit_id, decision, comment, decided_at)
         VALUES ($1, (SELECT id FROM org_units WHERE code = $2), $3, $4, '2026-01-10')`,
        [nomination, unit === 'NA-0001' || unit === 'NA-0002' ? person.unit : unit, decision, comment],
      );
    }
    if (status === 'handed_out') {
      await tx.query(
        // paid from the sponsor's gift (spending per source shows on the programme page)
        `INSERT INTO welfare_handouts (nomination_id, method, amount_vnd, handed_by, place, handed_on, funding_id)
         SELECT $1, 'cash', 600000, 'Chủ tịch LĐLĐ tỉnh Nghệ An', 'Chương trình "Tết sum vầy" tại TP Vinh', '2026-02-01', f.id
           FROM welfare_funding f WHERE f.programme_id = $2 AND f.source_kind = 'sponsor'`,
        [nomination, programme],
      );
    }
  }
}
