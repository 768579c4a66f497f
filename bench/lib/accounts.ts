// Benchmark accounts on the target database: a national administrator and an officer of the
// largest province, created through the app's own use case (audited), one pair per run.
import crypto from 'node:crypto';
import pg from 'pg';
import { createUser, loadConfig, makeCtx, systemActor } from '@congdoan/api';

export type Session = { cookie: string; csrf: string; username: string };
export type BenchAccounts = { admin: Session; officer: Session; provinceId: number; rootId: number };

export async function ensureUser(pool: pg.Pool, username: string, role: 'system_admin' | 'officer', unitId: number) {
  const password = `Bench-${crypto.randomBytes(9).toString('base64url')}-7!`;
  const ctx = makeCtx({
    pool,
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    actor: await systemActor(pool, 'bench'),
    source: 'cli',
    requestId: null,
  });
  await createUser(ctx, { username, displayName: username, homeUnitId: unitId, role, password });
  await pool.query('UPDATE app_users SET must_change_password = false WHERE username = $1', [username]);
  return password;
}

export async function login(app: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${app}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: username, password }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: csrfToken, username };
}

/** The provincial federation with the most members (from a 1 % sample on a large table). */
async function largestProvince(pool: pg.Pool): Promise<number> {
  for (const sample of ['TABLESAMPLE SYSTEM (1)', '']) {
    const { rows } = await pool.query<{ id: number }>(
      `SELECT u.id FROM org_units u
         JOIN (SELECT federation_id AS f, count(*) AS n FROM persons ${sample} GROUP BY 1) s ON s.f = u.id
        WHERE u.kind = 'provincial_federation' ORDER BY s.n DESC, u.id LIMIT 1`,
    );
    if (rows[0]) return rows[0].id;
  }
  throw new Error('no provincial federation with members in the target database');
}

export async function benchAccounts(app: string, dbUrl: string): Promise<BenchAccounts> {
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  try {
    const rootId = (
      await pool.query<{ id: number }>('SELECT id FROM org_units WHERE nlevel(path) = 1 ORDER BY id LIMIT 1')
    ).rows[0]!.id;
    const provinceId = await largestProvince(pool);
    const tag = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const adminPw = await ensureUser(pool, `bench.${tag}.admin`, 'system_admin', rootId);
    const officerPw = await ensureUser(pool, `bench.${tag}.officer`, 'officer', provinceId);
    return {
      admin: await login(app, `bench.${tag}.admin`, adminPw),
      officer: await login(app, `bench.${tag}.officer`, officerPw),
      provinceId,
      rootId,
    };
  } finally {
    await pool.end();
  }
}
