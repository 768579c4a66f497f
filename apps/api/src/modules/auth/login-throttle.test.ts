import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { makeCtx } from '../../context/context';
import { useTestApp } from '../../testing/test-app';
import { ipBlock } from './ip-block';
import { login } from './login';
import { delayAfter } from './login-throttle';

const t = useTestApp();
const apps: FastifyInstance[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
});

/** The same database behind an app built from other settings (PUBLIC_URL, TRUST_PROXY). */
async function appWith(env: Record<string, string>): Promise<FastifyInstance> {
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '.test-data/app', ...env });
  const app = await buildApp({ config, pool: t.db.pool, dbMode: 'server', serveWeb: false, logger: false });
  await app.ready();
  apps.push(app);
  return app;
}

type Try = { login: string; password: string; from?: string; forwardedFor?: string; cookie?: string };
let calls = 0;
/** A sign-in; without `from`, each call comes from its own address so the per-IP limit stays out of the way. */
function tryLogin(app: FastifyInstance, a: Try) {
  calls++;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (a.forwardedFor) headers['x-forwarded-for'] = a.forwardedFor;
  if (a.cookie) headers.cookie = a.cookie;
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: a.from ?? `198.19.${Math.floor(calls / 250)}.${(calls % 250) + 1}`,
    headers,
    payload: JSON.stringify({ login: a.login, password: a.password }),
  });
}

/** The known-device cookie a successful sign-in sets, as a Cookie header. */
function deviceCookieOf(res: { headers: Record<string, unknown> }): string {
  const all = [res.headers['set-cookie']].flat().map(String);
  const device = all.find((c) => c.startsWith('cd_device='));
  if (!device) throw new Error(`no cd_device cookie in ${all.join(' | ')}`);
  return device.split(';')[0]!;
}

let fresh = 0;
/** A new Quảng Trị account with the demo password, so each test starts with no failures. */
async function freshUser(): Promise<{ id: number; username: string }> {
  const username = `thu.${++fresh}`;
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
     SELECT $1, 'Thử', password_hash, false, home_unit_id FROM app_users WHERE username = 'qt.canbo' RETURNING id`,
    [username],
  );
  return { id: rows[0]!.id, username };
}

/** Pretend the account's failures happened `seconds` earlier (instead of waiting in the test). */
async function shiftFailures(userId: number, seconds: number) {
  await t.db.pool.query(`UPDATE login_attempts SET at = at - make_interval(secs => $2) WHERE user_id = $1`, [
    userId,
    seconds,
  ]);
}

async function ipsRecorded(login: string): Promise<string[]> {
  const { rows } = await t.db.pool.query<{ ip: string }>('SELECT ip FROM login_attempts WHERE login = $1 ORDER BY id', [
    login,
  ]);
  return rows.map((r) => r.ip);
}

describe('per-IP limit: only the real client address counts', () => {
  it('rotating X-Forwarded-For with an https PUBLIC_URL (and no TRUST_PROXY) does not dodge the limit', async () => {
    const app = await appWith({ PUBLIC_URL: 'https://congdoan.example.vn' });
    for (let i = 0; i < 30; i++) {
      const res = await tryLogin(app, {
        login: `khach.xff${i}`,
        password: 'sai-mat-khau-1',
        from: '203.0.113.7',
        forwardedFor: `198.51.100.${i + 1}`,
      });
      expect(res.statusCode, `attempt ${i + 1}`).toBe(401);
    }
    expect(await ipsRecorded('khach.xff0')).toEqual(['203.0.113.7']);
    const blocked = await tryLogin(app, {
      login: 'qt.canbo',
      password: t.password,
      from: '203.0.113.7',
      forwardedFor: '198.51.100.250',
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(blocked.json().error.message).toMatch(/thử lại sau 15 phút/);
  });

  it('with TRUST_PROXY=1 the address forwarded by the proxy is the client, and only the nearest one', async () => {
    const app = await appWith({ PUBLIC_URL: 'https://congdoan.example.vn', TRUST_PROXY: '1' });
    await tryLogin(app, {
      login: 'khach.proxy',
      password: 'sai-mat-khau-1',
      from: '10.0.0.2',
      forwardedFor: '6.6.6.6, 198.51.100.20',
    });
    expect(await ipsRecorded('khach.proxy')).toEqual(['198.51.100.20']);

    // 30 failures from one client behind the proxy stop that client, not the others behind the same proxy.
    await t.db.pool.query(
      `INSERT INTO login_attempts (login, ip, ip_block, success)
       SELECT 'khach.p' || g, '198.51.100.20', '198.51.100.20', false FROM generate_series(1, 29) g`,
    );
    const client = { from: '10.0.0.2', forwardedFor: '198.51.100.20' };
    expect((await tryLogin(app, { login: 'qt.canbo', password: t.password, ...client })).statusCode).toBe(429);
    const other = await tryLogin(app, {
      login: 'qt.canbo',
      password: t.password,
      from: '10.0.0.2',
      forwardedFor: '198.51.100.21',
    });
    expect(other.statusCode).toBe(200);
  });

  it('with TRUST_PROXY as a list, only those proxies may forward an address', async () => {
    const app = await appWith({ TRUST_PROXY: '10.0.0.0/8' });
    await tryLogin(app, {
      login: 'khach.list1',
      password: 'x-1234567890',
      from: '10.1.2.3',
      forwardedFor: '198.51.100.30',
    });
    await tryLogin(app, {
      login: 'khach.list2',
      password: 'x-1234567890',
      from: '203.0.113.9',
      forwardedFor: '198.51.100.31',
    });
    expect(await ipsRecorded('khach.list1')).toEqual(['198.51.100.30']);
    expect(await ipsRecorded('khach.list2')).toEqual(['203.0.113.9']);
  });

  it('counts an IPv6 client by its /64, so rotating the interface part does not help', async () => {
    expect(ipBlock('2001:db8:1:2::abcd')).toBe('2001:db8:1:2::/64');
    expect(ipBlock('2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(ipBlock('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(ipBlock('::ffff:192.0.2.44')).toBe('192.0.2.44');
    expect(ipBlock('192.0.2.44')).toBe('192.0.2.44');
    for (let i = 0; i < 30; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: `2001:db8:1:2::${(i + 1).toString(16)}`,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ login: `khach.v6.${i}`, password: 'sai-mat-khau-1' }),
      });
      expect(res.statusCode).toBe(401);
    }
    const res = await tryLogin(t.app, { login: 'qt.canbo', password: t.password, from: '2001:db8:1:2:ffff::9' });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('per-account delay instead of a lock-out', () => {
  it('5+ anonymous failures for admin do not keep admin out of a browser that signed in before', async () => {
    const first = await tryLogin(t.app, { login: 'admin', password: t.password, from: '192.0.2.10' });
    expect(first.statusCode).toBe(200);
    const device = deviceCookieOf(first);
    expect(String(first.headers['set-cookie'])).toMatch(
      /cd_device=[^;]+; Max-Age=15552000; Path=\/api\/auth\/login; HttpOnly; SameSite=Strict/,
    );

    for (let i = 0; i < 5; i++) {
      const res = await tryLogin(t.app, { login: 'admin', password: `doan-bua-${i}`, from: `198.18.0.${i + 1}` });
      expect(res.statusCode).toBe(401);
    }
    const stranger = await tryLogin(t.app, { login: 'admin', password: t.password, from: '198.18.0.99' });
    expect(stranger.statusCode).toBe(429);
    expect(stranger.json().error.code).toBe('LOGIN_DELAYED');
    expect(stranger.json().error.message).toMatch(/thử lại sau 1 phút/);
    expect(Number(stranger.headers['retry-after'])).toBeGreaterThan(50);

    const owner = await tryLogin(t.app, { login: 'admin', password: t.password, from: '192.0.2.10', cookie: device });
    expect(owner.statusCode).toBe(200);
    // The device still needs the password.
    const wrong = await tryLogin(t.app, {
      login: 'admin',
      password: 'sai-mat-khau-1',
      from: '192.0.2.10',
      cookie: device,
    });
    expect(wrong.statusCode).toBe(401);
    // And it is admin's device, not a pass for another delayed account.
    const other = await freshUser();
    for (let i = 0; i < 5; i++) await tryLogin(t.app, { login: other.username, password: `sai-${i}-mat-khau` });
    const borrowed = await tryLogin(t.app, { login: other.username, password: t.password, cookie: device });
    expect(borrowed.statusCode).toBe(429);
  });

  it('logs the start of a delay in the audit log and tells the system administrators', async () => {
    const { rows: audit } = await t.db.pool.query(
      `SELECT after AS data FROM audit_log WHERE action = 'auth.login_throttled' AND entity_type = 'app_users'
          AND entity_id = (SELECT id::text FROM app_users WHERE username = 'admin')`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0].data).toMatchObject({ login: 'admin', ip: '198.18.0.5', by: 'account' });
    const { rows: notes } = await t.db.pool.query<{ username: string; title: string }>(
      `SELECT a.username, n.title FROM notifications n JOIN app_users a ON a.id = n.user_id
        WHERE n.kind = 'login_throttled' ORDER BY n.id`,
    );
    // The previous test also delayed a second account: the one system administrator heard once this hour.
    expect(notes).toEqual([
      {
        username: 'admin',
        title: 'Đăng nhập sai nhiều lần vào tài khoản admin: đăng nhập tài khoản này đang bị làm chậm',
      },
    ]);
  });

  it('logs a warning once, when the delay starts', async () => {
    const u = await freshUser();
    const warn = vi.fn();
    const ctx = makeCtx({ pool: t.db.pool, config: t.app.deps.config, actor: null, source: 'web', requestId: null });
    for (let i = 0; i < 6; i++) {
      const attempt = login(ctx, {
        login: u.username,
        password: `sai-${i}-mk`,
        ip: '192.0.2.200',
        userAgent: null,
        deviceTokens: [],
        warn,
      });
      await expect(attempt).rejects.toMatchObject({ code: i < 5 ? 'INVALID_CREDENTIALS' : 'LOGIN_DELAYED' });
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      { userId: u.id, username: u.username, ip: '192.0.2.200', by: 'account' },
      'sign-in delay started',
    );
  });

  it('waits longer after each further failure: 1, 2, 4 … minutes, never more than 15', async () => {
    expect([4, 5, 6, 7, 8, 9, 10, 50].map(delayAfter)).toEqual([0, 60, 120, 240, 480, 900, 900, 900]);
    const u = await freshUser();
    const waits: number[] = [];
    for (let i = 0; i < 5; i++)
      expect((await tryLogin(t.app, { login: u.username, password: `sai-${i}-mk` })).statusCode).toBe(401);
    for (const wait of [60, 120, 240]) {
      // While the delay runs even the right password is refused, so waiting is the only way on.
      const res = await tryLogin(t.app, { login: u.username, password: t.password });
      expect(res.statusCode).toBe(429);
      waits.push(Number(res.headers['retry-after']));
      expect(res.json().error.details.retryAfterSeconds).toBe(waits.at(-1));
      await shiftFailures(u.id, wait + 1);
      expect((await tryLogin(t.app, { login: u.username, password: 'van-sai-mat-khau-1' })).statusCode).toBe(401);
    }
    expect(waits[0]).toBeGreaterThan(55);
    expect(waits[0]).toBeLessThanOrEqual(60);
    expect(waits[1]).toBeGreaterThan(115);
    expect(waits[2]).toBeGreaterThan(235);
    await t.db.pool.query(
      `INSERT INTO login_attempts (login, ip, ip_block, user_id, success)
       SELECT $1, '192.0.2.77', '192.0.2.77', $2, false FROM generate_series(1, 20)`,
      [u.username, u.id],
    );
    const capped = await tryLogin(t.app, { login: u.username, password: t.password });
    expect(Number(capped.headers['retry-after'])).toBeLessThanOrEqual(900);
    expect(Number(capped.headers['retry-after'])).toBeGreaterThan(890);
  });

  it('counts failures per account, whichever of its logins (username, email, phone) is typed', async () => {
    const u = await freshUser();
    await t.db.pool.query(`UPDATE app_users SET email = $2, phone = '0912000111' WHERE id = $1`, [
      u.id,
      `${u.username}@example.vn`,
    ]);
    const logins = [
      u.username,
      `${u.username}@example.vn`,
      '0912000111',
      u.username.toUpperCase(),
      `${u.username}@EXAMPLE.vn`,
    ];
    for (const login of logins)
      expect((await tryLogin(t.app, { login, password: 'sai-mat-khau-9' })).statusCode).toBe(401);
    expect((await tryLogin(t.app, { login: '0912000111', password: t.password })).statusCode).toBe(429);
  });

  it('lets only 5 of many parallel guesses through before the delay', async () => {
    const u = await freshUser();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => tryLogin(t.app, { login: u.username, password: `song-song-${i}` })),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 401)).toHaveLength(5);
    expect(codes.filter((c) => c === 429)).toHaveLength(7);
  });

  it('throttles a known device of its own after 5 failures from it', async () => {
    const u = await freshUser();
    const device = deviceCookieOf(await tryLogin(t.app, { login: u.username, password: t.password }));
    for (let i = 0; i < 5; i++) {
      expect(
        (await tryLogin(t.app, { login: u.username, password: `sai-${i}-tu-may`, cookie: device })).statusCode,
      ).toBe(401);
    }
    const res = await tryLogin(t.app, { login: u.username, password: t.password, cookie: device });
    expect(res.statusCode).toBe(429);
    // The account itself was not slowed down by its own device's failures.
    expect((await tryLogin(t.app, { login: u.username, password: t.password })).statusCode).toBe(200);
  });
});

describe('an administrator clears a delay', () => {
  async function delayedUser() {
    const u = await freshUser();
    for (let i = 0; i < 5; i++) await tryLogin(t.app, { login: u.username, password: `sai-${i}-mat-khau` });
    expect((await tryLogin(t.app, { login: u.username, password: t.password })).statusCode).toBe(429);
    return u;
  }

  it('through the API, with user.manage over the account, audited', async () => {
    const u = await delayedUser();
    const viewer = await t.signIn('na.xem');
    expect((await viewer.request('POST', `/api/users/${u.id}/clear-login-throttle`, {})).statusCode).toBe(403);
    // Quảng Trị's federation administrator manages this Quảng Trị account.
    const admin = await t.signIn('qt.quantri');
    const res = await admin.request('POST', `/api/users/${u.id}/clear-login-throttle`, {});
    expect(res.statusCode).toBe(200);
    expect((await tryLogin(t.app, { login: u.username, password: t.password })).statusCode).toBe(200);
    const { rows } = await t.db.pool.query(
      `SELECT actor_name, before, after FROM audit_log WHERE action = 'user.clear_login_throttle' AND entity_id = $1`,
      [String(u.id)],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].actor_name).toBe('qt.quantri');
    expect(rows[0].before.login_throttle_cleared_at).toBeNull();
    expect(rows[0].after.login_throttle_cleared_at).toBeTruthy();
  });

  it('refuses an account outside the administrator’s branch', async () => {
    const u = await delayedUser();
    const { rows } = await t.db.pool.query<{ id: number }>(`SELECT id FROM app_users WHERE username = 'na.xem'`);
    const qt = await t.signIn('qt.quantri');
    const res = await qt.request('POST', `/api/users/${rows[0]!.id}/clear-login-throttle`, {});
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('USER_NOT_FOUND');
    expect((await tryLogin(t.app, { login: u.username, password: t.password })).statusCode).toBe(429);
  });

  it('with `congdoan user unlock --username U`', async () => {
    const u = await delayedUser();
    const root = path.resolve(import.meta.dirname, '../../../../..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'apps/cli/src/main.ts', 'user', 'unlock', '--username', u.username],
      { cwd: root, env: { ...process.env, DATABASE_URL: t.db.url, LOG_LEVEL: 'silent' }, timeout: 60_000 },
    );
    expect(stdout).toContain(`Đã gỡ thời gian chờ đăng nhập cho ${u.username}`);
    expect((await tryLogin(t.app, { login: u.username, password: t.password })).statusCode).toBe(200);
    const { rows } = await t.db.pool.query(
      `SELECT source, actor_name FROM audit_log WHERE action = 'user.clear_login_throttle' AND entity_id = $1`,
      [String(u.id)],
    );
    expect(rows[0]).toMatchObject({ source: 'cli' });
  }, 90_000); // a CLI process start (tsx) is slow on a busy machine
});
