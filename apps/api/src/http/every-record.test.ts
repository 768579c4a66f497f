import { beforeAll, describe, expect, it } from 'vitest';
import { loadRouteExamples } from '../testing/route-examples';
import { unitId, useTestApp, type Session } from '../testing/test-app';

const routeExamples = await loadRouteExamples();

/**
 * Response schemas are exercised with real rows: records with every optional field filled are read
 * back as a holder of personal_data.read and as a viewer (masked), and every GET operation's example
 * answers 200. A response schema that cannot encode a value (ZodEncodeError) is a 500 here.
 */
const t = useTestApp();
let officer: Session;
let viewer: Session;

beforeAll(async () => {
  officer = await t.signIn('qt.canbo');
  await t.db.pool.query(
    `WITH u AS (
       INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
       SELECT 'qt.xem', 'Người xem', password_hash, false, (SELECT id FROM org_units WHERE code = 'LDLD-44')
         FROM app_users WHERE username = 'admin' RETURNING id)
     INSERT INTO role_grants (user_id, role, unit_id) SELECT id, 'viewer', (SELECT id FROM org_units WHERE code = 'LDLD-44') FROM u`,
  );
  viewer = await t.signIn('qt.xem');
});

const address = (line: string) => ({ line, provinceCode: '44', communeCode: '19333', codeVersion: '2025' });

describe('every kind of record, read back with optional fields filled', () => {
  it('a member with addresses and every person field (officer sees them, a viewer sees them masked)', async () => {
    const created = await officer.request('POST', '/api/members', {
      person: {
        fullName: 'Lê Thị Đầy Đủ',
        gender: 'female',
        birthDate: '1990-03-04',
        cccd: '045190001234',
        phone: '0912 345 678',
        email: 'day.du@example.vn',
        ethnicity: 'Kinh',
        permanentAddress: address('12 Lê Duẩn'),
        currentAddress: address('34 Hùng Vương'),
        occupation: 'Công nhân may',
        employer: 'Công ty May Quảng Trị',
        educationLevel: '12/12',
        nationality: 'vn',
        passportNo: 'C1234567',
      },
      unitId: await unitId(t, 'QT-0001'),
      admittedOn: '2026-02-01',
      cardNumber: 'QT-DD-0001',
      confirmCccdMismatch: true,
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json<{ id: number }>().id;

    const full = await officer.request('GET', `/api/members/${id}`);
    expect(full.statusCode, full.body).toBe(200);
    expect(full.json()).toMatchObject({
      permanentAddress: address('12 Lê Duẩn'),
      currentAddress: address('34 Hùng Vương'),
      email: 'day.du@example.vn',
      passportNo: 'C1234567',
      nationality: 'VN',
      personalDataVisible: true,
    });
    const masked = await viewer.request('GET', `/api/members/${id}`);
    expect(masked.statusCode, masked.body).toBe(200);
    expect(masked.json()).toMatchObject({ permanentAddress: { line: '***' }, personalDataVisible: false });
    expect(masked.body).not.toContain('Lê Duẩn');

    for (const path of ['history', 'card']) {
      const res = await officer.request('GET', `/api/members/${id}/${path}`);
      expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
    }
  });

  it('a unit with every field', async () => {
    const id = await unitId(t, 'QT-0001');
    const patched = await t.signIn('qt.quantri').then((s) =>
      s.request('PATCH', `/api/org-units/${id}`, {
        shortName: 'CĐCS May QT',
        address: '1 Đường Số 1, KCN Nam Đông Hà',
        phone: '0233 3851 234',
        email: 'cdcs@example.vn',
        foundedOn: '2010-05-01',
        sector: 'fdi',
        employerName: 'Công ty May',
        employerTaxCode: '3200123456',
        employerIndustry: 'Dệt may',
        employerAddress: 'KCN Nam Đông Hà',
        employerWorkers: 1200,
      }),
    );
    expect(patched.statusCode, patched.body).toBe(200);
    for (const path of ['', '/children', '/counts', '/dashboard', '/timeline', '/committee']) {
      const res = await officer.request('GET', `/api/org-units/${id}${path}`);
      expect(res.statusCode, `${path}: ${res.body}`).toBe(200);
    }
  });

  it('an event with place, sponsors, budget, registration settings and quotas', async () => {
    const qt = await unitId(t, 'LDLD-44');
    const created = await officer.request('POST', '/api/events', {
      unitId: qt,
      title: 'Khám sức khỏe đầy đủ',
      kind: 'health_check',
      startsAt: '2030-05-10T07:30:00+07:00',
      endsAt: '2030-05-10T11:30:00+07:00',
      placeAddress: 'Nhà văn hóa công nhân',
      placeProvinceCode: '44',
      placeCommuneCode: '19333',
      placeCodeVersion: '2025',
      industrialZoneUnitId: await unitId(t, 'KCN-NDH'),
      coOrganisers: ['Sở Y tế'],
      sponsors: [{ name: 'Công ty A', cashVnd: 5_000_000, inKind: 'Thuốc' }],
      budgetVnd: 20_000_000,
      spentVnd: 1_000_000,
      description: 'Dòng một\nDòng hai\tcó tab',
      registration: {
        capacity: 50,
        waitlist: true,
        opensAt: '2030-04-01T00:00:00+07:00',
        closesAt: '2030-05-09T00:00:00+07:00',
        eligibleUnitId: qt,
        membersOnly: false,
        quotas: [{ unitId: await unitId(t, 'KCN-NDH'), capacity: 10 }],
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    const res = await officer.request('GET', `/api/events/${created.json<{ id: number }>().id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ description: 'Dòng một\nDòng hai\tcó tab' });
  });

  // One sign-in per route (password hashing): over 30 s on two shared cores once the routes passed ~80.
  it(
    'every GET operation answers its example with 200 (units, users, jobs, petitions, calls, campaigns, …)',
    {
      timeout: 180_000,
    },
    async () => {
      const gets = Object.entries(routeExamples).filter(([key]) => key.startsWith('GET '));
      expect(gets.length).toBeGreaterThan(50);
      for (const [key, example] of gets) {
        const call = await example.build(t);
        const session = await t.signIn(example.as);
        const res = await session.request('GET', call.url);
        expect(res.statusCode, `${key} → ${res.body.slice(0, 300)}`).toBe(200);
      }
    },
  );
});
