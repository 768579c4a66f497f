import { beforeAll, describe, expect, it } from 'vitest';
import { runNextJob } from '../jobs/job-runner';
import { unitId, useTestApp, type Session } from '../../testing/test-app';
import { EXISTENCE_CHECKS_PER_HOUR } from './existence-check';

const t = useTestApp();
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

// A Quảng Trị member; the Lào Cai officer must not learn more than "a member elsewhere".
const qtCccd = '045190005555';
const qtName = 'Đặng Thị Kín';
const person = (over: Record<string, unknown> = {}) => ({
  fullName: 'Vũ Văn Mới',
  gender: 'male',
  birthDate: '1991-02-03',
  ...over,
});

let qt: Session;
let lc: Session;
let lcUserId: number;
let lcUnit: number;

beforeAll(async () => {
  const { rows } = await t.db.pool.query<{ id: number }>(
    `INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
     SELECT 'lc.canbo', 'Lào Cai', password_hash, false, (SELECT id FROM org_units WHERE code = 'LDLD-15')
       FROM app_users WHERE username = 'admin' RETURNING id`,
  );
  lcUserId = rows[0]!.id;
  await t.db.pool.query(
    `INSERT INTO role_grants (user_id, role, unit_id) SELECT $1, 'officer', id FROM org_units WHERE code = 'LDLD-15'`,
    [lcUserId],
  );
  qt = await t.signIn('qt.canbo');
  lc = await t.signIn('lc.canbo');
  lcUnit = await unitId(t, 'LC-0001');
  const res = await qt.request('POST', '/api/members', {
    person: { fullName: qtName, gender: 'female', birthDate: '1990-05-05', cccd: qtCccd },
    unitId: await unitId(t, 'QT-0001'),
    admittedOn: '2024-01-01',
  });
  expect(res.statusCode, res.body).toBe(200);
});

async function checks(): Promise<{ kind: string; numbers: number; found_elsewhere: number; refused: boolean }[]> {
  const { rows } = await t.db.pool.query(
    'SELECT kind, numbers, found_elsewhere, refused FROM existence_checks WHERE user_id = $1 ORDER BY id',
    [lcUserId],
  );
  return rows;
}

/** Leaves `used` of the Lào Cai officer's hourly budget spent (older rows moved out of the hour). */
async function budgetUsed(used: number): Promise<void> {
  await t.db.pool.query("UPDATE existence_checks SET at = at - interval '2 hours' WHERE user_id = $1", [lcUserId]);
  if (used > 0) {
    await t.db.pool.query(
      `INSERT INTO existence_checks (user_id, unit_id, kind, numbers) VALUES ($1, $2, 'admission', $3)`,
      [lcUserId, lcUnit, used],
    );
  }
}

function expectNothingAbout(body: string) {
  expect(body).not.toContain(qtName);
  expect(body).not.toMatch(/QT-0001|Quảng Trị|Đông Hà|LDLD-44/);
}

describe('no CCCD enumeration across branches', () => {
  it('tells an officer of another branch only "a member elsewhere", counted and audited', async () => {
    await budgetUsed(0);
    const res = await lc.request('POST', '/api/members', {
      person: person({ cccd: qtCccd }),
      unitId: lcUnit,
      admittedOn: '2026-01-01',
      confirmCccdMismatch: true,
    });
    expect(res.statusCode).toBe(409);
    const error = res.json().error;
    expect(error.code).toBe('MEMBER_ELSEWHERE');
    expect(error.message).toContain('đã là đoàn viên ở đơn vị khác');
    expect(error.message).toContain('chuyển sinh hoạt');
    expect(error.details).toEqual({ field: 'cccd', transferTo: lcUnit });
    expectNothingAbout(res.body);
    expect(await checks()).toEqual([{ kind: 'admission', numbers: 1, found_elsewhere: 1, refused: false }]);
    const audit = await t.db.pool.query(
      `SELECT actor_name, after FROM audit_log WHERE entity_type = 'existence_checks' AND request_id = $1`,
      [res.headers['x-request-id']],
    );
    expect(audit.rows[0]).toMatchObject({ actor_name: 'lc.canbo', after: { numbers: 1, found_elsewhere: 1 } });
    expect(JSON.stringify(audit.rows[0].after)).not.toContain(qtCccd);
  });

  it('keeps the precise answer inside the actor’s scope, uncounted', async () => {
    const count = async () =>
      (
        await t.db.pool.query(
          "SELECT coalesce(sum(numbers), 0)::int AS n FROM existence_checks e JOIN app_users u ON u.id = e.user_id WHERE u.username = 'qt.canbo'",
        )
      ).rows[0].n as number;
    // qt.canbo's own first admission of this CCCD (found nowhere then) was one country-wide check.
    expect(await count()).toBe(1);
    const res = await qt.request('POST', '/api/members', {
      person: person({ cccd: qtCccd }),
      unitId: await unitId(t, 'QT-0002'),
      admittedOn: '2026-01-01',
      confirmCccdMismatch: true,
    });
    expect(res.statusCode).toBe(409);
    // it names whose number it is and where they are: the officer may see them (issue 15 deliver 2)
    const unitName = (await t.db.pool.query("SELECT name FROM org_units WHERE code = 'QT-0001'")).rows[0].name;
    expect(res.json().error).toMatchObject({
      code: 'CCCD_TAKEN',
      details: { field: 'cccd', name: qtName, unit: unitName },
      message: `Số CCCD này đã thuộc về ${qtName}, ${unitName}. Mở hồ sơ của người này thay vì tạo người mới.`,
    });
    expect(res.json().error.details.personId).toBeGreaterThan(0);
    expect(await count()).toBe(1);
  });

  it('answers a profile edit to another branch’s CCCD the same way', async () => {
    await budgetUsed(0);
    const mine = await lc.request('POST', '/api/members', {
      person: person({ fullName: 'Lò Văn Sửa' }),
      unitId: lcUnit,
      admittedOn: '2026-01-01',
    });
    expect(mine.statusCode, mine.body).toBe(200);
    const res = await lc.request('PUT', `/api/members/${mine.json().id}`, {
      person: person({ fullName: 'Lò Văn Sửa', cccd: qtCccd }),
      confirmCccdMismatch: true,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('MEMBER_ELSEWHERE');
    expectNothingAbout(res.body);
    expect((await checks()).at(-1)).toMatchObject({ kind: 'update', numbers: 1, found_elsewhere: 1 });
  });

  it(`refuses past ${EXISTENCE_CHECKS_PER_HOUR} numbers an hour with a Vietnamese 429, whether or not the number exists`, async () => {
    await budgetUsed(EXISTENCE_CHECKS_PER_HOUR);
    const before = await t.db.pool.query('SELECT count(*)::int AS n FROM persons');
    for (const cccd of [qtCccd, '045091000001']) {
      const res = await lc.request('POST', '/api/members', {
        person: person({ cccd }),
        unitId: lcUnit,
        admittedOn: '2026-01-01',
        confirmCccdMismatch: true,
      });
      expect(res.statusCode).toBe(429);
      expect(res.json().error).toMatchObject({
        code: 'EXISTENCE_CHECK_LIMIT',
        details: { limit: EXISTENCE_CHECKS_PER_HOUR },
      });
      expect(res.json().error.message).toContain('thử lại sau');
    }
    expect((await t.db.pool.query('SELECT count(*)::int AS n FROM persons')).rows[0].n).toBe(before.rows[0].n);
    expect((await checks()).at(-1)).toMatchObject({ refused: true, found_elsewhere: 0 });
    // A new member without a CCCD needs no check.
    const plain = await lc.request('POST', '/api/members', {
      person: person(),
      unitId: lcUnit,
      admittedOn: '2026-01-01',
    });
    expect(plain.statusCode, plain.body).toBe(200);
  });

  it('makes an import row held elsewhere a transfer request without name or unit, and fails a run past the limit', async () => {
    await budgetUsed(0);
    const csv = `Họ và tên;Ngày sinh;Giới tính;Số CCCD\nVũ Văn Một;03/02/1991;Nam;${qtCccd}\nVũ Văn Hai;03/02/1991;Nam;045091000002\n`;
    const upload = async () => {
      const up = await lc.request('POST', `/api/imports?unitId=${lcUnit}`, {
        fileName: 'ds.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      });
      expect(up.statusCode, up.body).toBe(200);
      const checked = await lc.request('POST', `/api/imports/${up.json().id}/check`, {
        sheetIndex: 0,
        headerRow: 1,
        fields: ['fullName', 'birthDate', 'gender', 'cccd'],
      });
      expect(checked.statusCode, checked.body).toBe(200);
      await run();
      return checked.json<{ id: number; previewJobId: number }>();
    };
    const first = await upload();
    const rows = await lc.request('GET', `/api/imports/${first.id}/rows`);
    expect(rows.statusCode, rows.body).toBe(200);
    const hit = rows.json().items.find((r: { rowNo: number }) => r.rowNo === 2);
    // Issue 14: an active member of another branch makes the row a transfer request, never an update.
    expect(hit).toMatchObject({
      errors: [],
      match: { personId: null, name: null, elsewhere: true },
      differences: [],
      effectiveAction: 'transfer',
    });
    expectNothingAbout(rows.body);
    expect((await checks()).at(-1)).toMatchObject({ kind: 'import', numbers: 1, found_elsewhere: 1 });

    await budgetUsed(EXISTENCE_CHECKS_PER_HOUR);
    const second = await upload();
    const job = (await lc.request('GET', `/api/jobs/${second.previewJobId}`)).json();
    expect(job.status).toBe('failed');
    expect(job.error.code).toBe('EXISTENCE_CHECK_LIMIT');
    const staged = await t.db.pool.query('SELECT count(*)::int AS n FROM member_import_rows WHERE import_id = $1', [
      second.id,
    ]);
    expect(staged.rows[0].n).toBe(0);
    expect((await checks()).at(-1)).toMatchObject({ kind: 'import', refused: true });
  });

  it('finds nothing of another branch by CCCD in the search, the duplicates or the member page', async () => {
    const res = await lc.request('GET', `/api/members?q=${qtCccd}&status=all`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([]);
    expectNothingAbout(res.body);
    const duplicates = await lc.request('GET', '/api/members/duplicates');
    expect(duplicates.statusCode).toBe(200);
    expectNothingAbout(duplicates.body);
    const { rows } = await t.db.pool.query<{ id: number }>('SELECT id::int AS id FROM persons WHERE cccd = $1', [
      qtCccd,
    ]);
    const page = await lc.request('GET', `/api/members/${rows[0]!.id}`);
    expect(page.statusCode).toBe(404);
    expectNothingAbout(page.body);
  });
});

describe('re-admission races', () => {
  it('gives every loser of concurrent re-admissions 409, never 404', async () => {
    const s = await t.signIn('qt.canbo');
    const admitted = await s.request('POST', '/api/members', {
      person: person({ fullName: 'Trương Văn Đua', cccd: '045091007777' }),
      unitId: await unitId(t, 'QT-0003'),
      admittedOn: '2020-01-01',
    });
    expect(admitted.statusCode, admitted.body).toBe(200);
    const id = admitted.json().id as number;
    for (let round = 0; round < 3; round++) {
      await t.db.pool.query(
        "UPDATE memberships SET status = 'left', status_on = '2025-01-01' WHERE person_id = $1 AND status = 'active'",
        [id],
      );
      const units = await Promise.all(['QT-0002', 'QT-0003', 'QT-0004', 'QT-0005'].map((c) => unitId(t, c)));
      const results = await Promise.all(
        units.map((unit) =>
          s.request('POST', '/api/members', { personId: id, unitId: unit, admittedOn: '2026-01-01' }),
        ),
      );
      const codes = results.map((r) => r.statusCode).sort();
      expect(codes, results.map((r) => r.body).join('\n')).toEqual([200, 409, 409, 409]);
      for (const r of results.filter((x) => x.statusCode === 409)) {
        expect(r.json().error.code).toBe('ALREADY_ACTIVE_MEMBER');
      }
    }
  });
});
