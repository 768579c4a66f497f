import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

const person = (over: Record<string, unknown> = {}) => ({
  fullName: 'nguyễn  thị lan',
  gender: 'female',
  birthDate: '1990-04-12',
  cccd: '045190001234',
  phone: '912345678',
  ...over,
});

describe('admit a member', () => {
  it('creates the person and an active membership, normalised, audited', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0001');
    const res = await s.request('POST', '/api/members', { person: person(), unitId: unit, admittedOn: '2026-03-01' });
    expect(res.statusCode, res.body).toBe(200);
    const { id, membershipId } = res.json();
    const { rows } = await t.db.pool.query(
      'SELECT full_name, family_name, given_name, phone, unit_id, member_status FROM persons WHERE id = $1',
      [id],
    );
    expect(rows[0]).toMatchObject({
      full_name: 'Nguyễn Thị Lan',
      family_name: 'Nguyễn',
      given_name: 'Lan',
      phone: '0912345678',
      unit_id: unit,
      member_status: 'active',
    });
    const audit = await t.db.pool.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE request_id = $1 AND action = 'member.admit'",
      [res.headers['x-request-id']],
    );
    expect(audit.rows[0].n).toBeGreaterThanOrEqual(2);
    expect(membershipId).toBeGreaterThan(0);
  });

  it('refuses a CCCD that disagrees with birth year or gender unless confirmed', async () => {
    const s = await t.signIn('qt.canbo');
    const body = {
      person: person({ fullName: 'Trần Văn Nam', gender: 'male', cccd: '045190009999', birthDate: '1990-01-01' }),
      unitId: await unitId(t, 'QT-0001'),
      admittedOn: '2026-03-01',
    };
    const refused = await s.request('POST', '/api/members', body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('CCCD_MISMATCH');
    const confirmed = await s.request('POST', '/api/members', { ...body, confirmCccdMismatch: true });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().warnings).toEqual(['cccd_century_gender']);
  });

  it('refuses a taken CCCD, a bad phone, a non-grassroots unit and a unit out of scope', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0002');
    const dup = await s.request('POST', '/api/members', { person: person(), unitId: unit, admittedOn: '2026-03-01' });
    expect(dup.json().error.code).toBe('CCCD_TAKEN');
    expect(dup.json().error.message).toContain('Nguyễn Thị Lan');
    const phone = await s.request('POST', '/api/members', {
      person: person({ cccd: null, phone: '0212345678' }),
      unitId: unit,
      admittedOn: '2026-03-01',
    });
    expect(phone.statusCode).toBe(400);
    const upper = await s.request('POST', '/api/members', {
      person: person({ cccd: null }),
      unitId: await unitId(t, 'CDX-19333'),
      admittedOn: '2026-03-01',
    });
    expect(upper.json().error.code).toBe('NOT_A_GRASSROOTS_UNION');
    const outside = await s.request('POST', '/api/members', {
      person: person({ cccd: null }),
      unitId: await unitId(t, 'LC-0001'),
      admittedOn: '2026-03-01',
    });
    expect(outside.statusCode).toBe(404);
    const badDate = await s.request('POST', '/api/members', {
      person: person({ cccd: null, birthDate: '1990-02-30' }),
      unitId: unit,
      admittedOn: '2026-03-01',
    });
    expect(badDate.statusCode).toBe(400);
  });

  it('two simultaneous admissions of the same person: exactly one succeeds', async () => {
    const s = await t.signIn('qt.canbo');
    const body = {
      person: person({ fullName: 'Phạm Văn Đồng', gender: 'male', cccd: '044085001111', birthDate: '1985-06-01' }),
      unitId: await unitId(t, 'QT-0003'),
      admittedOn: '2026-03-01',
    };
    const results = await Promise.all([
      s.request('POST', '/api/members', body),
      s.request('POST', '/api/members', body),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const { id } = results.find((r) => r.statusCode === 200)!.json();
    // re-admitting the same known person while active is refused too
    const again = await Promise.all(
      ['QT-0004', 'QT-0005'].map(async (code) =>
        s.request('POST', '/api/members', { personId: id, unitId: await unitId(t, code), admittedOn: '2026-04-01' }),
      ),
    );
    expect(again.map((r) => r.json().error?.code)).toEqual(['ALREADY_ACTIVE_MEMBER', 'ALREADY_ACTIVE_MEMBER']);
  });

  it('admits many at once, all or nothing', async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0004');
    const before = await t.db.pool.query('SELECT count(*)::int AS n FROM persons');
    const bad = await s.request('POST', '/api/members/batch', {
      members: [
        { person: person({ fullName: 'Hồ Văn A', cccd: null }), unitId: unit, admittedOn: '2026-01-02' },
        { person: person({ fullName: 'Hồ Văn B', cccd: '045190001234' }), unitId: unit, admittedOn: '2026-01-02' },
      ],
    });
    expect(bad.json().error).toMatchObject({ code: 'CCCD_TAKEN', details: { index: 1, name: 'Nguyễn Thị Lan' } });
    const after = await t.db.pool.query('SELECT count(*)::int AS n FROM persons');
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const ok = await s.request('POST', '/api/members/batch', {
      members: [
        { person: person({ fullName: 'Hồ Văn A', cccd: null }), unitId: unit, admittedOn: '2026-01-02' },
        { person: person({ fullName: 'Hồ Văn B', cccd: null }), unitId: unit, admittedOn: '2026-01-02' },
      ],
    });
    expect(ok.json().items).toHaveLength(2);
  });
});
