// Events over the window and their participants: six a year per upper union, one a year per grassroots union
// of 30 members or more (one every three years below). A fifth take registrations: a grassroots event about
// a fifth of its members (5–200), an upper union's 20–100 members of one of its unions. 2 % are cancelled,
// 5 % of registrations cancelled. Registrations go to a file, then through a staging table so the name is the
// person's own.
import type pg from 'pg';
import { copyIn, copyInFile, fileSink } from './copy-loader';
import { countAbout, line, opsEnd, opsStart, vnAt, type OpsUnit, type OpsUnits } from './operations-units';
import type { Rng } from './rng';

const kinds: [string, string][] = [
  ['launch_ceremony', 'Lễ phát động Tháng Công nhân'],
  ['health_check', 'Khám sức khỏe cho đoàn viên'],
  ['dialogue', 'Hội nghị đối thoại với người lao động'],
  ['visits_gifts', 'Thăm hỏi, tặng quà đoàn viên khó khăn'],
  ['safe_driving_day', 'Ngày hội lái xe an toàn'],
  ['sports_culture', 'Hội thao công nhân'],
  ['training', 'Tập huấn nghiệp vụ công tác công đoàn'],
  ['other', 'Ngày hội gia đình công nhân'],
];

export type EventCounts = { events: number; registrations: number };

export async function loadEvents(
  client: pg.PoolClient,
  units: OpsUnits,
  r: Rng,
  ids: { event: number; registration: number },
  tick: (n: number) => void,
  regFile: string,
): Promise<EventCounts> {
  let eventId = ids.event;
  let regId = ids.registration;
  const regs = fileSink(regFile);
  let pending: string[] = [];
  const years = (opsEnd - opsStart) / 365.25;
  const addRegistrations = (event: number, from: OpsUnit, n: number, day: number, fed: number | null) => {
    const p = from.persons!;
    const start = r.int(p.n);
    for (let i = 0; i < n; i++) {
      const status = r.next() < 0.05 ? 'cancelled' : 'confirmed';
      pending.push(
        line([regId++, event, from.id, p.lo + ((start + i) % p.n), status, vnAt(day - 1 - r.int(10), 9), fed]),
      );
    }
  };
  const flush = async () => {
    if (pending.length) await regs.write(pending.join(''));
    pending = [];
  };
  async function* events() {
    let out: string[] = [];
    for (const u of [...units.upper, ...units.grassroots]) {
      const upper = u.kind === 'upper_union';
      const children = upper ? (units.childrenOf.get(u.id) ?? []).filter((c) => c.persons) : [];
      if (!upper && !u.persons) continue;
      const perYear = upper ? 6 : u.persons!.n >= 30 ? 1 : 1 / 3;
      const k = countAbout(perYear * years, r.next);
      for (let i = 0; i < k; i++) {
        const [kind, title] = r.pick(kinds);
        const day = opsStart + 15 + r.int(opsEnd - opsStart - 15);
        const from = upper ? (children.length ? r.pick(children) : null) : u;
        const registration = from !== null && r.next() < 1 / 5;
        const n = !registration
          ? 0
          : upper
            ? Math.min(from.persons!.n, 20 + r.int(81))
            : Math.min(from.persons!.n, Math.max(5, Math.min(200, Math.round(from.persons!.n / 5))));
        const id = eventId++;
        const cancelled = r.next() < 0.02;
        if (registration) addRegistrations(id, from, n, day, from.federationId);
        tick(1);
        out.push(
          line([
            id,
            u.id,
            `${title} năm ${vnAt(day, 0).slice(0, 4)}`,
            kind,
            vnAt(day, 8),
            vnAt(day, 11),
            `Hội trường ${u.name}`,
            registration,
            registration ? n + 10 : null,
            cancelled ? vnAt(day - 2, 10) : null,
            cancelled ? 'Hoãn do thời tiết' : null,
            vnAt(day - 20, 9),
          ]),
        );
      }
      if (pending.length > 2000) await flush();
      if (out.length > 2000) {
        yield out.join('');
        out = [];
      }
    }
    await flush();
    if (out.length) yield out.join('');
  }
  await copyIn(
    client,
    `COPY events (id, unit_id, title, kind, starts_at, ends_at, place_address, registration_enabled, capacity,
                  cancelled_at, cancel_reason, created_at) FROM STDIN`,
    events(),
  );
  await regs.close();
  await client.query(
    `CREATE TEMP TABLE ops_registrations (id bigint, event_id bigint, unit_id bigint, person_id bigint, status text,
       created_at timestamptz, federation_id bigint) ON COMMIT DROP`,
  );
  await copyInFile(client, 'COPY ops_registrations FROM STDIN', regFile);
  await client.query('ANALYZE ops_registrations');
  await client.query(
    `INSERT INTO registrations (id, event_id, unit_id, person_id, full_name, status, created_at, confirmed_at,
                                cancelled_at, federation_id)
     SELECT s.id, s.event_id, s.unit_id, s.person_id, p.full_name, s.status, s.created_at,
            CASE WHEN s.status = 'confirmed' THEN s.created_at END,
            CASE WHEN s.status = 'cancelled' THEN s.created_at + interval '1 day' END, s.federation_id
       FROM ops_registrations s JOIN persons p ON p.id = s.person_id ORDER BY s.id`,
  );
  await client.query(
    `INSERT INTO event_seat_counts (event_id, taken)
     SELECT event_id, count(*) FILTER (WHERE status = 'confirmed') FROM ops_registrations GROUP BY event_id`,
  );
  return { events: eventId - ids.event, registrations: regId - ids.registration };
}
