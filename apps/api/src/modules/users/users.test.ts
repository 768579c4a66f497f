import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

describe('user administration in a subtree', () => {
  it('lets a federation administrator create a user in their province with a one-time password', async () => {
    const fa = await t.signIn('qt.quantri');
    const res = await fa.request('POST', '/api/users', {
      username: 'Dh.Canbo',
      displayName: '  Hoàng Văn Nam ',
      email: 'nam@example.vn',
      phone: '0912345678',
      homeUnitId: await unitId(t, 'CDX-19333'),
      role: 'officer',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'dh.canbo', displayName: 'Hoàng Văn Nam', mustChangePassword: true });
    expect(body.user.roles).toHaveLength(1);
    const s = await t.signIn('dh.canbo', body.temporaryPassword);
    expect((await s.request('GET', '/api/auth/me')).json().user.mustChangePassword).toBe(true);
    // also by email and by phone
    await expect(t.signIn('NAM@example.vn', body.temporaryPassword)).resolves.toBeTruthy();
    await expect(t.signIn('0912345678', body.temporaryPassword)).resolves.toBeTruthy();
  });

  it('refuses a duplicate username, an unknown field and a bad phone, with codes', async () => {
    const fa = await t.signIn('qt.quantri');
    const home = await unitId(t, 'LDLD-44');
    const dup = await fa.request('POST', '/api/users', { username: 'qt.canbo', displayName: 'X', homeUnitId: home });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('USERNAME_TAKEN');
    const extra = await fa.request('POST', '/api/users', {
      username: 'abc',
      displayName: 'X',
      homeUnitId: home,
      isAdmin: true,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.code).toBe('VALIDATION_FAILED');
    const phone = await fa.request('POST', '/api/users', {
      username: 'abcd',
      displayName: 'X',
      homeUnitId: home,
      phone: '12345',
    });
    expect(phone.json().error.details.issues[0].field).toBe('body.phone');
  });

  it('does not let a federation administrator grant system administrator or act outside the province', async () => {
    const fa = await t.signIn('qt.quantri');
    const { items } = (await fa.request('GET', '/api/users?pageSize=100')).json();
    const names = items.map((u: { username: string }) => u.username);
    expect(names).toContain('qt.canbo');
    expect(names).not.toContain('na.xem');
    expect(names).not.toContain('admin');
    const canbo = items.find((u: { username: string }) => u.username === 'qt.canbo');
    const sys = await fa.request('POST', `/api/users/${canbo.id}/roles`, {
      role: 'system_admin',
      unitId: await unitId(t, 'LDLD-44'),
    });
    expect(sys.statusCode).toBe(403);
    expect(sys.json().error.code).toBe('CANNOT_GRANT_ROLE');
    const outside = await fa.request('POST', `/api/users/${canbo.id}/roles`, {
      role: 'viewer',
      unitId: await unitId(t, 'LDLD-40'),
    });
    expect(outside.statusCode).toBe(404);
  });

  it('grants a role that reaches the whole subtree, and revokes it', async () => {
    const admin = await t.signIn('admin');
    const { items } = (await admin.request('GET', '/api/users?q=xem')).json();
    const viewer = items[0];
    const granted = await admin.request('POST', `/api/users/${viewer.id}/roles`, {
      role: 'viewer',
      unitId: await unitId(t, 'LDLD-15'),
    });
    expect(granted.statusCode).toBe(200);
    const s = await t.signIn('na.xem');
    expect((await s.request('GET', `/api/org-units/${await unitId(t, 'LC-0006')}`)).statusCode).toBe(200);
    const again = await admin.request('POST', `/api/users/${viewer.id}/roles`, {
      role: 'viewer',
      unitId: await unitId(t, 'LDLD-15'),
    });
    expect(again.json().error.code).toBe('ROLE_ALREADY_GRANTED');
    const grant = granted.json().roles.find((g: { unitCode: string }) => g.unitCode === 'LDLD-15');
    expect((await admin.request('DELETE', `/api/users/${viewer.id}/roles/${grant.id}`)).statusCode).toBe(200);
    expect((await s.request('GET', `/api/org-units/${await unitId(t, 'LC-0006')}`)).statusCode).toBe(404);
  });

  it('searches display names without diacritics', async () => {
    const admin = await t.signIn('admin');
    const { items } = (await admin.request('GET', '/api/users?q=tran thi hoa')).json();
    expect(items.map((u: { username: string }) => u.username)).toEqual(['qt.canbo']);
  });
});
