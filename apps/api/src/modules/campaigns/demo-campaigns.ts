import type pg from 'pg';
import { splitName, vietnameseSortKey } from '@congdoan/domain';
import { newTicketCode } from '../events';

// Workers' Month 2024 for the demo provinces: Quảng Trị cascades its plan through the Nam Đông Hà
// industrial-zone union to three grassroots unions (two reported, one late) and runs the events.
const theme = 'Đoàn kết công nhân – Triển khai nghị quyết';
const activities: [string, string[], boolean][] = [
  ['Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ', ['participants'], false],
  ['Thăm hỏi, tặng quà công nhân bị tai nạn lao động', ['membersVisited', 'giftsCount', 'giftsVnd'], false],
  ['Đối thoại, gặp gỡ công nhân lao động', ['dialogues', 'participants'], false],
  ['Mô hình "Mái ấm Công đoàn"', ['housesSupported'], true],
];

async function unit(tx: pg.PoolClient, code: string): Promise<number> {
  const { rows } = await tx.query<{ id: number }>('SELECT id::int FROM org_units WHERE code = $1', [code]);
  return rows[0]!.id;
}

async function campaign(tx: pg.PoolClient, unitCode: string, parentId: number | null): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO campaigns (unit_id, parent_id, root_id, kind, title, year, starts_on, ends_on, report_due_on, themes)
     VALUES ($1, $2, (SELECT root_id FROM campaigns WHERE id = $2), 'workers_month', 'Tháng Công nhân năm 2024', 2024,
             '2024-05-01', '2024-05-31', '2024-06-05', ARRAY[$3]) RETURNING id::int`,
    [await unit(tx, unitCode), parentId, theme],
  );
  const id = rows[0]!.id;
  if (parentId === null) {
    await tx.query('UPDATE campaigns SET root_id = id WHERE id = $1', [id]);
    for (const [i, [title, indicators, isModel]] of activities.entries())
      await tx.query(
        `INSERT INTO campaign_activities (campaign_id, unit_id, title, indicators, is_model, position)
         SELECT $1, unit_id, $2, $3, $4, $5 FROM campaigns WHERE id = $1`,
        [id, title, indicators, isModel, i],
      );
  } else {
    await tx.query(
      `INSERT INTO campaign_activities (campaign_id, unit_id, inherited_from_id, origin_id, title, indicators, is_model, position)
       SELECT $2, (SELECT unit_id FROM campaigns WHERE id = $2), a.id, coalesce(a.origin_id, a.id), a.title, a.indicators,
              a.is_model, a.position FROM campaign_activities a WHERE a.campaign_id = $1`,
      [parentId, id],
    );
  }
  return id;
}

async function report(tx: pg.PoolClient, campaignId: number, numbers: Record<string, number>[]) {
  const { rows } = await tx.query<{ id: number; unitId: number }>(
    'SELECT id::int, unit_id::int AS "unitId" FROM campaign_activities WHERE campaign_id = $1 ORDER BY position',
    [campaignId],
  );
  for (const [i, a] of rows.entries())
    await tx.query(
      `INSERT INTO campaign_reports (campaign_id, activity_id, unit_id, done, done_on, indicators, notes)
       VALUES ($1, $2, $3, true, '2024-05-20', $4, 'Đã thực hiện theo kế hoạch')`,
      [campaignId, a.id, a.unitId, JSON.stringify(numbers[i] ?? {})],
    );
}

async function event(tx: pg.PoolClient, e: Record<string, unknown>): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    `INSERT INTO events (unit_id, campaign_id, title, kind, starts_at, ends_at, place_address, place_province_code,
        industrial_zone_unit_id, co_organisers, sponsors, budget_vnd, spent_vnd, description, registration_enabled,
        capacity, opens_at, closes_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '44', $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id::int`,
    [
      e.unitId,
      e.campaignId,
      e.title,
      e.kind,
      e.startsAt,
      e.endsAt,
      e.place ?? null,
      e.zoneId ?? null,
      e.coOrganisers ?? [],
      JSON.stringify(e.sponsors ?? []),
      e.budget ?? null,
      e.spent ?? null,
      e.description ?? null,
      !!e.capacity,
      e.capacity ?? null,
      e.opensAt ?? null,
      e.closesAt ?? null,
    ],
  );
  await tx.query('INSERT INTO event_seat_counts (event_id) VALUES ($1)', [rows[0]!.id]);
  return rows[0]!.id;
}

export async function seedDemoCampaigns(tx: pg.PoolClient): Promise<void> {
  const province = await campaign(tx, 'LDLD-44', null);
  const zone = await campaign(tx, 'KCN-NDH', province);
  const [a, b] = [await campaign(tx, 'QT-0101', zone), await campaign(tx, 'QT-0102', zone)];
  await campaign(tx, 'QT-0103', zone); // has not reported: late after 05/06/2024
  await report(tx, zone, [
    { participants: 500 },
    { membersVisited: 0, giftsCount: 0, giftsVnd: 0 },
    { dialogues: 1, participants: 200 },
    { housesSupported: 0 },
  ]);
  await report(tx, a, [
    { participants: 350 },
    { membersVisited: 6, giftsCount: 6, giftsVnd: 12_000_000 },
    { dialogues: 1, participants: 120 },
    { housesSupported: 1 },
  ]);
  await report(tx, b, [
    { participants: 280 },
    { membersVisited: 4, giftsCount: 4, giftsVnd: 8_000_000 },
    { dialogues: 1, participants: 90 },
    { housesSupported: 0 },
  ]);
  for (const code of ['LDLD-15', 'LDLD-40']) await campaign(tx, code, null);

  const qt = await unit(tx, 'LDLD-44');
  const kcn = await unit(tx, 'KCN-NDH');
  const place = 'Khu công nghiệp Nam Đông Hà, phường Đông Hà, tỉnh Quảng Trị';
  await event(tx, {
    unitId: qt,
    campaignId: province,
    title: 'Lễ phát động Tháng Công nhân và Tháng hành động về ATVSLĐ năm 2024',
    kind: 'launch_ceremony',
    startsAt: '2024-04-26T07:30:00+07:00',
    endsAt: '2024-04-26T10:00:00+07:00',
    place,
    zoneId: kcn,
    coOrganisers: ['Sở Lao động - Thương binh và Xã hội tỉnh Quảng Trị'],
    budget: 80_000_000,
    spent: 76_000_000,
    description: 'Chủ đề: "Đoàn kết công nhân – Triển khai nghị quyết".',
  });
  await event(tx, {
    unitId: qt,
    campaignId: province,
    title: 'Thăm hỏi, tặng quà 10 công nhân bị tai nạn lao động',
    kind: 'visits_gifts',
    startsAt: '2024-05-08T08:00:00+07:00',
    endsAt: '2024-05-08T11:00:00+07:00',
    place,
    spent: 20_000_000,
  });
  await event(tx, {
    unitId: kcn,
    campaignId: zone,
    title: 'Thay dầu xe máy miễn phí cho công nhân',
    kind: 'safe_driving_day',
    startsAt: '2024-05-12T07:00:00+07:00',
    endsAt: '2024-05-12T16:00:00+07:00',
    place,
    sponsors: [{ name: 'Công ty TNHH Honda Việt Nam', cashVnd: null, inKind: 'Thay dầu miễn phí 500 xe máy' }],
  });
  const health = await event(tx, {
    unitId: kcn,
    campaignId: zone,
    title: 'Khám sức khỏe miễn phí cho công nhân KCN Nam Đông Hà',
    kind: 'health_check',
    startsAt: '2024-05-15T07:30:00+07:00',
    endsAt: '2024-05-15T11:30:00+07:00',
    place,
    sponsors: [{ name: 'Bệnh viện Đa khoa tỉnh Quảng Trị', cashVnd: 15_000_000, inKind: 'Bác sĩ và thiết bị' }],
    spent: 5_000_000,
    capacity: 50,
    opensAt: '2024-05-01T00:00:00+07:00',
    closesAt: '2024-05-14T17:00:00+07:00',
  });
  const names = ['Lê Thị Hoa', 'Trần Văn Bình', 'Nguyễn Thị Lan', 'Phạm Văn Đức', 'Hoàng Thị Mai', 'Võ Văn Nam'];
  for (const [i, fullName] of names.entries()) {
    const unitId = await unit(tx, i % 2 ? 'QT-0102' : 'QT-0101');
    // the same name parts and sort key the member registry computes, so search and order find them
    const parts = splitName(fullName);
    const { rows } = await tx.query<{ id: number }>(
      `INSERT INTO persons (family_name, middle_name, given_name, full_name, sort_key)
       VALUES ($1, $2, $3, $4, $5) RETURNING id::int`,
      [parts.familyName, parts.middleName, parts.givenName, fullName, vietnameseSortKey(parts)],
    );
    await tx.query(`INSERT INTO memberships (person_id, unit_id, admitted_on) VALUES ($1, $2, '2022-03-01')`, [
      rows[0]!.id,
      unitId,
    ]);
    const { rows: reg } = await tx.query<{ id: number }>(
      `INSERT INTO registrations (event_id, unit_id, person_id, full_name, status, ticket_code, confirmed_at, created_at,
                                  checked_in_at)
       VALUES ($1, $2, $3, $4, 'confirmed', $5, '2024-05-05T09:00:00+07', '2024-05-05T09:00:00+07',
               CASE WHEN $6 THEN '2024-05-15T07:40:00+07'::timestamptz END) RETURNING id::int`,
      [health, unitId, rows[0]!.id, fullName, newTicketCode(), i < 4],
    );
    if (i < 4)
      await tx.query(
        `INSERT INTO checkins (event_id, unit_id, registration_id, idempotency_key, ok, scanned_at)
         VALUES ($1, $2, $3, $4, true, '2024-05-15T07:40:00+07')`,
        [health, kcn, reg[0]!.id, `demo-${health}-${i}`],
      );
  }
  await tx.query('UPDATE event_seat_counts SET taken = $2 WHERE event_id = $1', [health, names.length]);
}
