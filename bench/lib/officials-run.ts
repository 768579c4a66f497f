// 200 officials at work over HTTP: each waits a think time (exponential, mean `thinkMs`), does one thing,
// waits for the answer, and so on, as people at a desk do (closed loop: a slow answer slows its official).
// The mix: searches, member pages and lists (reads); member edits, petitions, event registrations,
// transfers and logins (writes: each is an audited transaction).
import { login, type Session } from './accounts';
import type { Recorder } from './http-client';
import { sleep } from './http-client';
import type { Official } from './officials-setup';

export type ActiveOfficial = Official & { api: string; session: Session; eventId: number; topicId: number };

type Op = { kind: string; write: boolean; weight: number };
export const mix: Op[] = [
  { kind: 'search', write: false, weight: 26 },
  { kind: 'member page', write: false, weight: 22 },
  { kind: 'member list', write: false, weight: 10 },
  { kind: 'member edit', write: true, weight: 14 },
  { kind: 'petition save', write: true, weight: 8 },
  { kind: 'event registration', write: true, weight: 8 },
  { kind: 'transfer', write: true, weight: 6 },
  { kind: 'login', write: true, weight: 6 },
];
const totalWeight = mix.reduce((s, o) => s + o.weight, 0);

/** mulberry32: a small seeded PRNG, so a run's sequence of operations is repeatable. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function setupJson<T>(url: string, session: Session, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Sign each official in on its process and open a registration event at its home unit (through the API). */
export async function activate(officials: Official[], apis: string[], topicId: number): Promise<ActiveOfficial[]> {
  const out: ActiveOfficial[] = [];
  const starts = new Date(Date.now() + 7 * 86400_000);
  for (const [k, o] of officials.entries()) {
    const api = apis[k % apis.length]!;
    const session = await login(api, o.username, o.password);
    const event = await setupJson<{ id: number }>(`${api}/api/events`, session, {
      unitId: o.homeUnitId,
      title: `Hội thao công nhân (bench ${o.username})`,
      kind: 'sports_culture',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 3 * 3600_000).toISOString(),
      registration: { capacity: 10_000, waitlist: false },
    });
    out.push({ ...o, api, session, eventId: event.id, topicId });
  }
  return out;
}

async function act(o: ActiveOfficial, op: Op, rnd: () => number, rec: Recorder, n: number): Promise<boolean> {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const s = o.session;
  switch (op.kind) {
    case 'search':
      await rec.call(op.kind, false, `${o.api}/api/members?q=${encodeURIComponent(pick(o.searches))}&pageSize=20`, {
        session: s,
      });
      return true;
    case 'member page':
      await rec.call(op.kind, false, `${o.api}/api/members/${pick(o.pagePeople)}`, { session: s });
      return true;
    case 'member list': {
      const page = 1 + Math.floor(rnd() * 3);
      await rec.call(op.kind, false, `${o.api}/api/members?unit=${o.homeUnitId}&page=${page}&pageSize=50`, {
        session: s,
      });
      return true;
    }
    case 'member edit': {
      const e = pick(o.editPeople);
      const occupation = typeof e.person.occupation === 'string' ? e.person.occupation : 'Công nhân';
      const person = { ...e.person, occupation: `${occupation} ·${n % 10}` };
      await rec.call(op.kind, true, `${o.api}/api/members/${e.id}`, {
        method: 'PUT',
        session: s,
        json: { person, confirmCccdMismatch: true },
      });
      return true;
    }
    case 'petition save':
      await rec.call(op.kind, true, `${o.api}/api/petitions`, {
        method: 'POST',
        session: s,
        json: {
          unitId: o.workUnitId,
          title: `Đề nghị bố trí nhà xe cho công nhân ca đêm (${n})`,
          content: 'Công nhân ca đêm phải gửi xe ngoài cổng, đề nghị công ty bố trí nhà xe có mái che và bảo vệ.',
          topicId: o.topicId,
          raisedBy: 'unit',
          addresseeKind: 'employer',
          addresseeName: 'Ban Giám đốc công ty',
          affectedWorkers: 40,
        },
      });
      return true;
    case 'event registration': {
      const personId = o.registerPeople.shift();
      if (personId === undefined) return false;
      await rec.call(op.kind, true, `${o.api}/api/events/${o.eventId}/registrations`, {
        method: 'POST',
        session: s,
        json: { personId },
      });
      return true;
    }
    case 'transfer': {
      const personId = o.transferPeople.shift();
      if (personId === undefined) return false;
      await rec.call(op.kind, true, `${o.api}/api/members/${personId}/transfer`, {
        method: 'POST',
        session: s,
        json: { toUnitId: o.transferTo, reason: 'Chuyển nơi làm việc' },
      });
      return true;
    }
    default:
      await rec.call(op.kind, true, `${o.api}/api/auth/login`, {
        method: 'POST',
        json: { login: o.username, password: o.password },
      });
      return true;
  }
}

/** Run every official until `stop` fires; resolves when all have finished their last call. */
export async function runOfficials(
  officials: ActiveOfficial[],
  rec: Recorder,
  thinkMs: number,
  stop: AbortSignal,
  seed: number,
): Promise<void> {
  await Promise.all(
    officials.map(async (o, k) => {
      const rnd = prng(seed * 1000 + k);
      // Arrive spread out over the first think time, not all in the same millisecond.
      await sleep(rnd() * thinkMs, stop);
      for (let n = 0; !stop.aborted; n++) {
        let r = rnd() * totalWeight;
        const op = mix.find((m) => (r -= m.weight) < 0) ?? mix[0]!;
        // A registration or transfer with no one left to move becomes a member page.
        if (!(await act(o, op, rnd, rec, n))) await act(o, mix[1]!, rnd, rec, n);
        await sleep(-Math.log(1 - rnd()) * thinkMs, stop);
      }
    }),
  );
}
