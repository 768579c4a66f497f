// The flash registration: one officer registers `attempts` people for an event with `places` seats, as fast
// as `concurrency` connections allow (autocannon), then the confirmed registrations in the database are
// compared with the confirmations the clients received. Used alone (bench/flash-registration.ts) and
// beside a 100,000-row import (bench/mixed-load.ts --scenario flash).
import autocannon from 'autocannon';
import type pg from 'pg';

export type FlashRun = {
  attempts: number;
  seconds: number;
  statuses: Record<string, number>;
  confirmedIds: Set<number>;
  result: autocannon.Result;
};

export async function flashRegistrations(opts: {
  app: string;
  session: { cookie: string; csrf: string };
  eventId: number;
  people: number[];
  attempts: number;
  concurrency: number;
  timeoutSeconds?: number;
  stop?: AbortSignal;
}): Promise<FlashRun> {
  const confirmedIds = new Set<number>();
  const statuses: Record<string, number> = {};
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${opts.app}/api/events/${opts.eventId}/registrations`,
        connections: opts.concurrency,
        amount: opts.attempts,
        timeout: opts.timeoutSeconds ?? 30,
        requests: [
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: opts.session.cookie,
              'x-csrf-token': opts.session.csrf,
            },
            setupRequest: (req) => ({
              ...req,
              body: JSON.stringify({ personId: opts.people[next++ % opts.people.length]! }),
            }),
            onResponse: (status, body) => {
              let parsed: { id?: number; status?: string; error?: { code: string } } = {};
              try {
                parsed = JSON.parse(body) as typeof parsed;
              } catch {
                // not JSON (a proxy's or a crashed server's answer): counted by its status
              }
              const key = status === 200 ? `200 ${parsed.status}` : `${status} ${parsed.error?.code ?? ''}`.trim();
              statuses[key] = (statuses[key] ?? 0) + 1;
              if (status === 200 && parsed.status === 'confirmed') confirmedIds.add(parsed.id!);
            },
          },
        ],
      },
      (error: unknown, res) =>
        error
          ? reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }))
          : resolve(res),
    );
    opts.stop?.addEventListener('abort', () => instance.stop(), { once: true });
  });
  return { attempts: opts.attempts, seconds: result.duration, statuses, confirmedIds, result };
}

/** metric | target | measured | result rows for one flash run, checked against the database. */
export async function flashTable(db: pg.Pool | pg.Client, eventId: number, places: number, run: FlashRun) {
  const { rows } = await db.query<{ id: number }>(
    `SELECT id::int FROM registrations WHERE event_id = $1 AND status = 'confirmed'`,
    [eventId],
  );
  const dbIds = new Set(rows.map((r) => r.id));
  const oversold = Math.max(0, dbIds.size - places);
  const lost =
    [...run.confirmedIds].filter((id) => !dbIds.has(id)).length +
    [...dbIds].filter((id) => !run.confirmedIds.has(id)).length;
  const r = run.result;
  const answered = Object.values(run.statuses).reduce((a, b) => a + b, 0);
  // Expected answers are 200 (confirmed) and 409 EVENT_FULL; anything else is an error.
  const unexpected = Object.entries(run.statuses)
    .filter(([k]) => k !== '200 confirmed' && k !== '409 EVENT_FULL')
    .reduce((a, [, n]) => a + n, 0);
  const ok = (b: boolean) => (b ? 'PASS' : 'FAIL');
  return [
    ['throughput', '—', `${(answered / run.seconds).toFixed(0)} answers/s (${run.seconds.toFixed(1)} s)`, ''],
    ['latency p50 / p97.5', '—', `${r.latency.p50} / ${r.latency.p97_5} ms`, ''],
    // No answer at all is not a fast answer.
    [
      'latency p99',
      '≤ 250 ms',
      answered ? `${r.latency.p99} ms` : 'no answers',
      ok(answered > 0 && r.latency.p99 <= 250),
    ],
    [
      'HTTP errors / timeouts / unexpected answers',
      '0',
      `${r.errors} / ${r.timeouts} / ${unexpected}`,
      ok(r.errors + r.timeouts + unexpected === 0),
    ],
    ['answered / attempts', '—', `${answered} / ${run.attempts}`, ''],
    ['confirmed in database', `= ${places}`, String(dbIds.size), ok(dbIds.size === places)],
    ['oversold', '0', String(oversold), ok(oversold === 0)],
    ['lost confirmations', '0', String(lost), ok(lost === 0)],
  ];
}
