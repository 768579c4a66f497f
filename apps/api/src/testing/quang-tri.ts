import type { Ending } from '../modules/members/change-status';
import type { TestApp } from './test-app';

// Quảng Trị fixtures that examples and tests of several modules share, made through the factories (factories.ts);
// only the account copies a demo password hash, so examples may sign in as it with the demo password.
let n = 0;

/** A Quảng Trị officer the examples may change freely (password, roles) without breaking other sign-ins. */
export async function quangTriUser(t: TestApp): Promise<{ id: number }> {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
     SELECT 'qt.thu', 'Thử nghiệm', password_hash, false, home_unit_id FROM app_users WHERE username = 'qt.canbo'
     ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, must_change_password = false
     RETURNING id`,
  );
  return { id: rows[0]!.id };
}

/** A fresh grassroots union under Phường Đông Hà that examples may move, rename or close freely. */
export async function scratchUnit(t: TestApp): Promise<number> {
  return (await t.newUnit({ name: 'CĐCS Thử nghiệm' })).id;
}

/** A member (active membership since 2020) of a Quảng Trị grassroots union. */
export async function quangTriMember(t: TestApp, code = 'QT-0001'): Promise<number> {
  return (await t.newMember({ unit: code, admittedOn: '2020-01-01', person: { fullName: `Nguyễn Thử ${++n}` } })).id;
}

/** A Quảng Trị member (a woman, admitted 2024-01-01) whose membership is active or ended as `status`; the person id. */
export async function qtMember(
  t: TestApp,
  opts: { code?: string; status?: 'active' | Ending; card?: boolean; name?: string; birthDate?: string } = {},
): Promise<number> {
  const i = ++n;
  const member = await t.newMember({
    unit: opts.code ?? 'QT-0001',
    status: opts.status ?? 'active',
    ...(opts.card ? { cardNumber: `TEST-${Date.now()}-${i}` } : {}),
    person: {
      fullName: `Nguyễn Thị ${opts.name ?? `Thử ${i}`}`,
      gender: 'female',
      birthDate: opts.birthDate ?? '1990-01-01',
    },
  });
  return member.id;
}
