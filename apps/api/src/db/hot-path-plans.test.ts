import { describe, expect, it } from 'vitest';
import { qtMember } from '../testing/quang-tri';
import { useStatementRecorder, type Recorded } from '../testing/statements';
import { unitId, useTestApp, type Session } from '../testing/test-app';

// Issue 12: at 12 M members one sequential scan on a request's path costs the whole country (the member page's
// transfers without an index on person_id: 178 ms and two parallel workers per view). Timing belongs in bench/;
// this test checks plans instead: it records the SQL the busiest requests run and EXPLAINs each statement with
// sequential scans priced out, so a scan of a large table remains only where no index can serve the query.
const t = useTestApp();

/** Tables that are large at national size: a request must reach them through an index. */
const LARGE = [
  'persons',
  'memberships',
  'member_transfers',
  'registrations',
  'audit_log',
  'petitions',
  'sessions',
  'unit_member_stats',
];

const record = useStatementRecorder();
const statementsOf = (call: () => Promise<{ statusCode: number; body: string }>) =>
  record(call, (res) => expect(res.statusCode, res.body).toBeLessThan(300));

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Cond'?: string; Plans?: PlanNode[] };
/** A sequential scan, or a walk through a whole index (no index condition), which is what the planner picks when
 *  sequential scans are priced out and no index fits. */
const fullScan = (n: PlanNode) =>
  n['Node Type'] === 'Seq Scan' || (/^Index (Only )?Scan$/.test(n['Node Type']) && !n['Index Cond']);
const seqScans = (n: PlanNode): string[] => [
  ...(fullScan(n) && n['Relation Name'] ? [n['Relation Name']] : []),
  ...(n.Plans ?? []).flatMap(seqScans),
];

/** The large tables each SELECT/UPDATE/DELETE would read whole even when sequential scans are priced out. */
async function largeScans(statements: Recorded[], priceOut = ['enable_seqscan']): Promise<string[]> {
  const c = await t.db.pool.connect();
  const found: string[] = [];
  try {
    await c.query('BEGIN');
    for (const setting of priceOut) await c.query(`SET LOCAL ${setting} = off`);
    for (const s of statements) {
      if (!/^\s*(WITH|SELECT|UPDATE|DELETE)\b/i.test(s.text)) continue;
      await c.query('SAVEPOINT p');
      try {
        const { rows } = await c.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
          `EXPLAIN (FORMAT JSON) ${s.text}`,
          s.values,
        );
        for (const rel of seqScans(rows[0]!['QUERY PLAN'][0].Plan))
          if (LARGE.includes(rel)) found.push(`${rel}: ${s.text.replace(/\s+/g, ' ').slice(0, 160)}`);
      } finally {
        await c.query('ROLLBACK TO SAVEPOINT p');
      }
    }
  } finally {
    await c.query('ROLLBACK');
    c.release();
  }
  return found;
}

describe('the busiest requests reach large tables through indexes (plans, not timings)', () => {
  let s: Session;
  let personId: number;

  it('member page, member list and member edit', async () => {
    s = await t.signIn('qt.canbo');
    personId = await qtMember(t, { card: true });
    // a transfer on file, so the member page's transfer lookup has something to find
    const tr = await s.request('POST', `/api/members/${personId}/transfer`, { toUnitId: await unitId(t, 'QT-0102') });
    expect(tr.statusCode, tr.body).toBe(200);
    await s.request('POST', `/api/members/transfers/${tr.json().id}/confirm`, {});

    const page = await statementsOf(() => s.request('GET', `/api/members/${personId}`));
    expect(page.some((x) => /member_transfers/.test(x.text))).toBe(true);
    expect(await largeScans(page)).toEqual([]);

    const unit = await unitId(t, 'QT-0102');
    const list = await statementsOf(() => s.request('GET', `/api/members?unit=${unit}&page=1&pageSize=50`));
    expect(await largeScans(list)).toEqual([]);

    const p = (await s.request('GET', `/api/members/${personId}`)).json();
    const person = { familyName: p.familyName, middleName: p.middleName, givenName: p.givenName, gender: p.gender };
    const edit = await statementsOf(() =>
      s.request('PUT', `/api/members/${personId}`, {
        person: { ...person, birthDate: p.birthDate, cccd: p.cccd, phone: p.phone, occupation: 'Thợ dệt' },
        confirmCccdMismatch: true,
      }),
    );
    expect(await largeScans(edit)).toEqual([]);
  });

  it('searches by name, "family given", CCCD and phone', async () => {
    const cccd = '044190000123';
    await t.db.pool.query("UPDATE persons SET cccd = $2, phone = '0912345678' WHERE id = $1", [personId, cccd]);
    for (const q of ['Nguyễn Thị Thử', 'Nguyễn Thử', cccd, '0912345678']) {
      const search = await statementsOf(() => s.request('GET', `/api/members?q=${encodeURIComponent(q)}&pageSize=20`));
      expect(await largeScans(search), q).toEqual([]);
    }
  });

  it('event registration, transfer, petition save and login', async () => {
    const event = await s.request('POST', '/api/events', {
      unitId: await unitId(t, 'LDLD-44'),
      title: 'Giải bóng đá công nhân',
      kind: 'sports_culture',
      startsAt: '2030-04-26T07:30:00+07:00',
      endsAt: '2030-04-26T11:30:00+07:00',
      placeAddress: 'Sân vận động tỉnh',
      registration: { capacity: 100, waitlist: false },
    });
    expect(event.statusCode, event.body).toBe(200);
    const someone = await qtMember(t);
    const register = await statementsOf(() =>
      s.request('POST', `/api/events/${event.json().id}/registrations`, { personId: someone }),
    );
    expect(await largeScans(register)).toEqual([]);

    const leaving = await qtMember(t);
    const to = await unitId(t, 'QT-0002');
    const qt1 = await unitId(t, 'QT-0001');
    const transfer = await statementsOf(() =>
      s.request('POST', `/api/members/${leaving}/transfer`, { toUnitId: to, reason: 'Chuyển' }),
    );
    expect(await largeScans(transfer)).toEqual([]);

    const topic = (await t.db.pool.query<{ id: number }>('SELECT id FROM petition_topics ORDER BY id LIMIT 1'))
      .rows[0]!;
    const petition = await statementsOf(() =>
      s.request('POST', '/api/petitions', {
        unitId: qt1,
        title: 'Đề nghị bố trí nhà xe cho công nhân ca đêm',
        content: 'Công nhân ca đêm phải gửi xe ngoài cổng, đề nghị công ty bố trí nhà xe có mái che.',
        topicId: topic.id,
        raisedBy: 'unit',
        addresseeKind: 'employer',
        addresseeName: 'Ban Giám đốc công ty',
        affectedWorkers: 40,
      }),
    );
    expect(await largeScans(petition)).toEqual([]);

    const login = await statementsOf(() =>
      t.anonymous('POST', '/api/auth/login', { login: 'qt.canbo', password: t.password }),
    );
    expect(await largeScans(login)).toEqual([]);
  });

  it("the size of an official's scope reads the member rollups by unit, whichever join the planner prefers", async () => {
    // At 12 M members the planner cannot know how many units a subtree holds (a range of paths) and joined them
    // to all 700,000 rollup rows with a parallel hash join: 30 ms of CPU in every search and list (issue 12).
    // Here nested loops are priced out too, so a join would have to read unit_member_stats whole.
    const { id: unit } = await t.newUnit({ code: 'QT-PLAN', name: 'CĐCS Kế hoạch truy vấn' });
    const list = await statementsOf(() => s.request('GET', `/api/members?unit=${unit}&page=1&pageSize=50`));
    expect(list.filter((x) => /unit_member_stats/.test(x.text)).length).toBeGreaterThan(0);
    expect(await largeScans(list, ['enable_seqscan', 'enable_nestloop'])).toEqual([]);
  });
});
