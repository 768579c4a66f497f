import { beforeAll, describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

const names = ['Nguyễn Thị Hòa', 'NGUYỄN VĂN AN', 'Trần Thị Ánh', 'Lê Văn Ân', 'Phạm Thị Ăn', 'Đặng Đức Bình'];

// A fresh grassroots union of its own, so the demo members do not change the counts.
const testUnit = () => unitId(t, 'QT-TEST');

beforeAll(async () => {
  await t.newUnit({ code: 'QT-TEST', name: 'CĐCS Thử nghiệm tìm kiếm', subkind: 'public_unit' });
  const s = await t.signIn('qt.canbo');
  const unit = await testUnit();
  const res = await s.request('POST', '/api/members/batch', {
    members: names.map((fullName, i) => ({
      person: {
        fullName,
        gender: i % 2 ? 'male' : 'female',
        birthDate: `${1970 + i * 5}-03-0${i + 1}`,
        phone: `091234500${i}`,
        cccd: i === 0 ? '044170001234'.replace(/^(\d{3})\d/, '$11') : null,
      },
      unitId: unit,
      admittedOn: `202${i % 3}-02-01`,
    })),
  });
  expect(res.statusCode, res.body).toBe(200);
  await t.newMember({ unit: 'LC-0001', admittedOn: '2020-01-01', person: { fullName: 'Nguyễn Thị Hoa' } });
});

const list = async (user: string, query: string) => {
  const s = await t.signIn(user);
  const res = await s.request('GET', `/api/members?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{
    items: { fullName: string; cccd: string | null; phone: string | null; unit: { code: string } | null }[];
    total: number;
  }>();
};

describe('member search and lists', () => {
  it('finds names ignoring case, diacritics and tone placement (Hoà = Hòa)', async () => {
    const unit = await testUnit();
    for (const q of ['nguyen thi hoa', 'Nguyễn Thị Hoà', 'NGUYEN THI HOA', 'hòa'])
      expect((await list('qt.canbo', `unit=${unit}&q=${encodeURIComponent(q)}`)).items.map((m) => m.fullName)).toEqual([
        'Nguyễn Thị Hòa',
      ]);
    expect((await list('qt.canbo', `unit=${unit}&q=nguyen%20thi`)).items.map((m) => m.fullName)).toEqual([
      'Nguyễn Thị Hòa',
    ]);
    // across the whole province too (demo members included), every hit matches
    const all = await list('qt.canbo', 'q=nguyen%20thi&pageSize=200');
    expect(all.total).toBeGreaterThan(10);
    for (const m of all.items) expect(m.fullName).toMatch(/^Nguyễn Thị/);
  });

  it('finds by phone (even without the leading zero) and by CCCD', async () => {
    expect((await list('qt.canbo', `unit=${await testUnit()}&q=912345002`)).items.map((m) => m.fullName)).toEqual([
      'Trần Thị Ánh',
    ]);
    expect((await list('qt.canbo', 'q=044170001234'.replace(/^(\d{3})\d/, '$11'))).total).toBe(1);
  });

  it('orders the Vietnamese way by given name: An, Ánh, Ăn, Ân, Bình, Hòa', async () => {
    const items = (await list('qt.canbo', `unit=${await testUnit()}`)).items.map((m) => m.fullName);
    expect(items).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Ánh',
      'Phạm Thị Ăn',
      'Lê Văn Ân',
      'Đặng Đức Bình',
      'Nguyễn Thị Hòa',
    ]);
    const desc = (await list('qt.canbo', `unit=${await testUnit()}&sort=-name`)).items;
    expect(desc[0]!.fullName).toBe('Nguyễn Thị Hòa');
  });

  it('filters by gender, age band, admission year, sector, status and card; pages on the server', async () => {
    const unit = await testUnit();
    expect((await list('qt.canbo', `unit=${unit}&gender=male`)).total).toBe(3);
    expect((await list('qt.canbo', `unit=${unit}&admittedYear=2020`)).total).toBe(2);
    expect((await list('qt.canbo', `unit=${unit}&sector=public_unit`)).total).toBe(6);
    expect((await list('qt.canbo', `unit=${unit}&sector=enterprise`)).total).toBe(0);
    expect((await list('qt.canbo', `unit=${unit}&card=issued`)).total).toBe(0);
    expect((await list('qt.canbo', `unit=${unit}&status=left`)).total).toBe(0);
    const young = (await list('qt.canbo', `unit=${unit}&ageTo=40`)).items.map((m) => m.fullName);
    expect(young.length).toBeGreaterThan(0);
    const page2 = await list('qt.canbo', `unit=${unit}&page=2&pageSize=4`);
    expect(page2).toMatchObject({ total: 6 });
    expect(page2.items).toHaveLength(2);
  });

  it('stays in scope and masks personal data without personal_data.read', async () => {
    const na = await list('na.xem', 'q=nguyen%20thi%20hoa&status=all&pageSize=200');
    for (const m of na.items) expect(m.unit!.code).toMatch(/^NA-/);
    const admin = await list('admin', 'q=nguyen%20thi%20hoa&status=all&pageSize=200');
    expect(admin.items.map((m) => m.fullName)).toEqual(expect.arrayContaining(['Nguyễn Thị Hòa', 'Nguyễn Thị Hoa']));
    expect(admin.total).toBeGreaterThan(na.total);
    // a viewer on Quảng Trị sees names but masked phone
    const s = await t.signIn('admin');
    await s.request('POST', '/api/users', {
      username: 'qt.viewer',
      displayName: 'Xem',
      homeUnitId: await unitId(t, 'LDLD-44'),
      role: 'viewer',
    });
    await t.db.pool.query(
      "UPDATE app_users SET password_hash = (SELECT password_hash FROM app_users WHERE username = 'qt.canbo'), must_change_password = false WHERE username = 'qt.viewer'",
    );
    const masked = await list('qt.viewer', `unit=${await testUnit()}&q=tran%20thi%20anh`);
    expect(masked.items[0]!.phone).toBe('*******002');
    expect((await list('qt.viewer', 'q=0912345002')).total).toBe(0);
    const canbo = await list('qt.canbo', `unit=${await testUnit()}&q=tran%20thi%20anh`);
    expect(canbo.items[0]!.phone).toBe('0912345002');
  });
});
