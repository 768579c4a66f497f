import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRouteExamples } from '../testing/route-examples';
import { useTestApp } from '../testing/test-app';
import { requestsFor, type FuzzRequest } from '../testing/fuzz/requests';
import { operationsOf, type Operation } from '../testing/operations';

const routeExamples = await loadRouteExamples();

/**
 * No 5xx for anything a client can send: every operation of the OpenAPI document, anonymous and as a
 * national administrator (with CSRF), gets requests built from its schema and its real example, with
 * typed junk, NUL and controls, boundary numbers, bad dates, deep nesting, wrong content types and
 * multipart bodies without a boundary. Bounded by a fixed seed and a per-operation budget;
 * FUZZ_SEED and FUZZ_RUNS override both (the seed is printed with any failure).
 */
const t = useTestApp();
const SEED = Number(process.env.FUZZ_SEED ?? 20261205);
const RUNS = Number(process.env.FUZZ_RUNS ?? 24);
const TIMEOUT_MS = 10_000;

type Failure = { op: string; as: string; status: number | string; request: string; response: string };

let operations: Operation[] = [];
let session = { cookie: '', csrf: '' };
let logins = 0;
/** Answers by status class, to show the junk also reaches use cases (2xx) and not only validation. */
const tally: Record<string, number> = {};

/** A root administrator of its own, so junk sent to user routes cannot lock or demote the examples' accounts. */
async function signInFuzzAdmin() {
  await t.db.pool.query(
    `INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
     SELECT 'fuzz.root', 'Fuzz', password_hash, false, home_unit_id FROM app_users WHERE username = 'admin'
     ON CONFLICT (username) DO UPDATE SET disabled = false, must_change_password = false,
                                          password_hash = (SELECT password_hash FROM app_users WHERE username = 'admin')`,
  );
  await t.db.pool.query(
    `INSERT INTO role_grants (user_id, role, unit_id)
     SELECT u.id, 'system_admin', (SELECT id FROM org_units WHERE parent_id IS NULL)
       FROM app_users u WHERE username = 'fuzz.root' ON CONFLICT DO NOTHING`,
  );
  // A fresh address per sign-in: the fuzzer's own failed logins must not throttle it.
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: `10.77.${(logins >> 8) & 255}.${logins++ & 255}`,
    payload: { login: 'fuzz.root', password: t.password },
  });
  if (res.statusCode !== 200) throw new Error(`fuzz.root cannot sign in: ${res.body}`);
  session = {
    cookie: String(res.headers['set-cookie']).split(';')[0]!,
    csrf: res.json<{ csrfToken: string }>().csrfToken,
  };
}

async function send(req: FuzzRequest, as: 'anonymous' | 'admin') {
  const headers =
    as === 'admin' ? { ...req.headers, cookie: session.cookie, 'x-csrf-token': session.csrf } : req.headers;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
  try {
    return await Promise.race([
      t.app.inject({ method: req.method as 'GET', url: req.url, headers, payload: req.payload }),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const describeRequest = (r: FuzzRequest) =>
  `${r.method} ${r.url.slice(0, 300)} [${r.shape}] ${String(r.payload ?? '').slice(0, 300)}`;

async function fuzz(op: Operation, index: number, as: 'anonymous' | 'admin', runs: number): Promise<Failure[]> {
  const example = await routeExamples[`${op.method} ${op.path}`]?.build(t);
  const requests = fc.sample(requestsFor(op, example ?? { url: op.path }), { seed: SEED + index, numRuns: runs });
  const failures: Failure[] = [];
  for (const req of requests) {
    const res = await send(req, as);
    const status = res === 'timeout' ? 'timeout' : res.statusCode;
    const bucket = `${as} ${typeof status === 'number' ? `${Math.floor(status / 100)}xx` : status}`;
    tally[bucket] = (tally[bucket] ?? 0) + 1;
    if (status === 'timeout' || status >= 500) {
      const response = res === 'timeout' ? '' : res.body.slice(0, 300);
      failures.push({ op: `${op.method} ${op.path}`, as, status, request: describeRequest(req), response });
    }
    // The junk may have signed the fuzzer out (logout, its own password): sign in again.
    if (as === 'admin' && res !== 'timeout' && res.statusCode === 401) await signInFuzzAdmin();
  }
  return failures;
}

beforeAll(async () => {
  operations = operationsOf(t.app.swagger());
  await signInFuzzAdmin();
});

describe('fuzzing every operation of the OpenAPI document', () => {
  it('covers every operation', () => {
    expect(operations.length).toBeGreaterThanOrEqual(130);
  });

  it('answers what the fuzzer once found without a 5xx', async () => {
    const call = (method: string, url: string, payload?: unknown) =>
      t.app.inject({
        method: method as 'GET',
        url,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    const history = await call('GET', '/api/audit/history?entityType=org_units&entityId=abc');
    expect(history.statusCode, history.body).toBe(400);
    expect(history.json().error.code).toBe('VALIDATION_FAILED');
    // An emptied tax code clears it (the column's CHECK refused '').
    const { rows } = await t.db.pool.query<{ id: number }>("SELECT id::int FROM org_units WHERE code = 'CDX-19333'");
    const parentId = rows[0]!.id;
    const unit = await call('POST', '/api/org-units', {
      code: 'QT-FUZZ-1',
      name: 'CĐCS Thử',
      kind: 'grassroots_union',
      subkind: 'enterprise',
      parentId,
      employerTaxCode: '',
    });
    expect(unit.statusCode, unit.body).toBe(200);
    // A committee member whose own start falls after the term's end.
    const term = await call('POST', `/api/org-units/${parentId}/committee`, {
      label: '2023–2028',
      startsOn: '2023-01-01',
      endsOn: '2024-02-29',
      members: [{ fullName: 'Lê Văn A', position: 'chair', startsOn: '2025-07-01' }],
    });
    expect(term.statusCode, term.body).toBe(400);
    expect(term.json().error.details.field).toBe('members.0.endsOn');
  });

  it('never answers 5xx or hangs, anonymous or as an administrator', { timeout: 300_000 }, async () => {
    const failures: Failure[] = [];
    for (const [i, op] of operations.entries()) {
      const anonymousRuns = op.permission === 'public' ? RUNS : Math.ceil(RUNS / 4);
      failures.push(...(await fuzz(op, i, 'anonymous', anonymousRuns)));
      if (op.permission !== 'public') failures.push(...(await fuzz(op, i + 10_000, 'admin', RUNS)));
    }
    const report = failures.map((f) => `${f.status} ${f.as} ${f.op}\n    ${f.request}\n    → ${f.response}`);
    expect(report, `FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}: ${failures.length} failures`).toEqual([]);
    if (process.env.FUZZ_STATS) console.log(JSON.stringify(tally));
    // Junk that never got past validation would prove little: a share of the admin's requests must succeed.
    expect(tally['admin 2xx'] ?? 0, JSON.stringify(tally)).toBeGreaterThan(RUNS * operations.length * 0.05);
  });
});
