import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';

const t = useTestApp();

describe('sign-in and sessions', () => {
  it('signs in with the username and returns the user, roles and a CSRF token', async () => {
    const res = await t.anonymous('POST', '/api/auth/login', { login: 'QT.CANBO', password: t.password });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user.username).toBe('qt.canbo');
    expect(body.user.roles[0]).toMatchObject({ role: 'officer', unitCode: 'LDLD-44' });
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/cd_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('refuses a wrong password with a Vietnamese message, or English when asked', async () => {
    const vi = await t.anonymous('POST', '/api/auth/login', { login: 'na.xem', password: 'sai-mat-khau-1' });
    expect(vi.statusCode).toBe(401);
    expect(vi.json().error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'accept-language': 'en-US,en;q=0.9' },
      payload: JSON.stringify({ login: 'na.xem', password: 'wrong-password-1' }),
    });
    expect(en.json().error.message).toBe('Wrong login name or password.');
  });

  it('slows an account down after 5 failures, even for the right password, and says for how long', async () => {
    await t.db.pool.query(
      "INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id) SELECT 'lock.me', 'Lock', password_hash, false, home_unit_id FROM app_users WHERE username = 'na.xem'",
    );
    for (let i = 0; i < 5; i++) {
      const res = await t.anonymous('POST', '/api/auth/login', { login: 'lock.me', password: `wrong-${i}-password` });
      expect(res.statusCode).toBe(401);
    }
    const delayed = await t.anonymous('POST', '/api/auth/login', { login: 'lock.me', password: t.password });
    expect(delayed.statusCode).toBe(429);
    expect(delayed.json().error.code).toBe('LOGIN_DELAYED');
    expect(delayed.json().error.message).toMatch(/thử lại sau 1 phút/);
    expect(delayed.headers['retry-after']).toMatch(/^\d+$/);
  });

  it('rate-limits one IP address across many logins', async () => {
    await t.db.pool.query(
      "INSERT INTO login_attempts (login, ip, ip_block, success) SELECT 'x' || g, '10.9.9.9', '10.9.9.9', false FROM generate_series(1, 30) g",
    );
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '10.9.9.9',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ login: 'qt.canbo', password: t.password }),
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('GET /me works with the cookie, and logout ends the session', async () => {
    const s = await t.signIn('qt.quantri');
    expect((await s.request('GET', '/api/auth/me')).json().user.username).toBe('qt.quantri');
    expect((await s.request('POST', '/api/auth/logout', {})).statusCode).toBe(200);
    const after = await s.request('GET', '/api/auth/me');
    expect(after.statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const s = await t.signIn('qt.quantri');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: s.cookie, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_FAILED');
    expect((await s.request('GET', '/api/auth/me')).statusCode).toBe(200);
  });

  it('refuses a form-encoded login (no cross-site form posts)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'login=admin&password=x',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('expires an idle session', async () => {
    const s = await t.signIn('na.xem');
    await t.db.pool.query("UPDATE sessions SET last_seen_at = now() - interval '9 hours'");
    const res = await s.request('GET', '/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
  });

  it('expires a session at its absolute expiry even when active', async () => {
    const s = await t.signIn('na.xem');
    await t.db.pool.query("UPDATE sessions SET expires_at = now() - interval '1 second'");
    expect((await s.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('sets security headers', async () => {
    const res = await t.anonymous('GET', '/api/health');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(res.headers['x-request-id']).toBeTruthy();
  });
});

describe('passwords', () => {
  it('forces a change after an administrator reset, then accepts a strong new password', async () => {
    const admin = await t.signIn('admin');
    const users = (await admin.request('GET', '/api/users?q=canbo')).json();
    const id = users.items.find((u: { username: string }) => u.username === 'qt.canbo').id;
    const reset = await admin.request('POST', `/api/users/${id}/reset-password`, {});
    expect(reset.statusCode).toBe(200);
    const temporary = reset.json().temporaryPassword as string;

    const s = await t.signIn('qt.canbo', temporary);
    const me = (await s.request('GET', '/api/auth/me')).json();
    expect(me.user.mustChangePassword).toBe(true);
    const blocked = await s.request('GET', `/api/org-units/${me.user.roles[0].unitId}`);
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await s.request('POST', '/api/auth/change-password', {
      currentPassword: temporary,
      newPassword: 'short1',
    });
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const wrong = await s.request('POST', '/api/auth/change-password', {
      currentPassword: 'not-it-123',
      newPassword: 'Mat-khau-moi-2026',
    });
    expect(wrong.json().error.code).toBe('WRONG_CURRENT_PASSWORD');
    const ok = await s.request('POST', '/api/auth/change-password', {
      currentPassword: temporary,
      newPassword: 'Mat-khau-moi-2026',
    });
    expect(ok.statusCode).toBe(200);
    expect((await s.request('GET', `/api/org-units/${me.user.roles[0].unitId}`)).statusCode).toBe(200);
    await expect(t.signIn('qt.canbo', 'Mat-khau-moi-2026')).resolves.toBeTruthy();
  });

  it('stores argon2id hashes, never the password', async () => {
    const { rows } = await t.db.pool.query<{ password_hash: string }>(
      "SELECT password_hash FROM app_users WHERE username = 'admin'",
    );
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    const audit = await t.db.pool.query(
      "SELECT 1 FROM audit_log WHERE after::text LIKE '%argon2%' OR before::text LIKE '%argon2%'",
    );
    expect(audit.rowCount).toBe(0);
  });
});
