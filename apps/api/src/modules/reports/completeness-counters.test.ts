import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx';
import { unitId, useTestApp } from '../../testing/test-app';
import type { Round } from './completeness-counters';
import { fullFigures } from './completeness-figures';
import { pathUnits, walkUnits } from './completeness-units';
import { qtAssignment } from './reports.fixtures';

const t = useTestApp();
const audit = { actorId: null, actorName: null, source: 'system' as const, requestId: null, action: 'test' };
const figures = (f: { total: object; children: object[] }) => ({
  total: pick(f.total),
  children: f.children.map((c) => ({ unitId: (c as { unitId: number }).unitId, ...pick(c) })),
});
const pick = (c: object) => {
  const { expected, submitted, onTime } = c as { expected: number; submitted: number; onTime: number };
  return { expected, submitted, onTime };
};

async function roundOf(id: number): Promise<Round> {
  const { rows } = await t.db.pool.query<Round>(
    `SELECT a.id::int, a.unit_id::int AS "unitId", to_char(a.period_from, 'YYYY-MM-DD') AS "periodFrom",
            to_char(a.period_to, 'YYYY-MM-DD') AS "periodTo", to_char(a.deadline, 'YYYY-MM-DD') AS deadline, f.levels
       FROM report_assignments a JOIN report_forms f ON f.id = a.form_id WHERE a.id = $1`,
    [id],
  );
  return rows[0]!;
}

/** The page (from the counters, or the dated walk) equals the figures computed in full, at every given root. */
async function expectFull(round: Round, roots: number[], walk = false): Promise<void> {
  const sp = await t.signIn('qt.canbo');
  for (const root of roots) {
    const page = await sp.request('GET', `/api/reports/assignments/${round.id}/completeness?unitId=${root}`);
    expect(page.statusCode, page.body).toBe(200);
    const full = await inTransaction(t.db.pool, audit, async (tx) => {
      const args = { rootUnitId: root, from: round.periodFrom, to: round.periodTo };
      return fullFigures(tx, await (walk ? walkUnits : pathUnits)(tx, args), round, root);
    });
    expect(figures(page.json())).toEqual(figures(full));
  }
}

describe('completeness counters', () => {
  it('equal the full computation after submit, return, resubmit, approve, reopen, a unit moved, and concurrent submissions', async () => {
    const q3 = await roundOf(await qtAssignment(t));
    const [province, commune, qt1, qt2, qt3] = await Promise.all(
      ['LDLD-44', 'CDX-19333', 'QT-0001', 'QT-0002', 'QT-0003'].map((c) => unitId(t, c)),
    );
    // A Q4 round: its period has not ended, so a move today keeps today's paths (the counters) valid for it.
    const { rows } = await t.db.pool.query<{ id: number }>(
      `INSERT INTO report_assignments (form_id, unit_id, period_from, period_to, period_label, deadline)
       SELECT form_id, unit_id, '2026-10-01', '2026-12-31', 'Quý IV năm 2026', '2027-01-10'
         FROM report_assignments WHERE id = $1 RETURNING id::int`,
      [q3.id],
    );
    const round = await roundOf(rows[0]!.id);
    const roots = [province!, commune!];
    await expectFull(round, roots);
    const built = await t.db.pool.query(
      'SELECT count(*)::int AS n FROM completeness_counters WHERE assignment_id = $1',
      [round.id],
    );
    expect(built.rows[0].n).toBeGreaterThan(2);

    const set = async (unit: number, status: string, at: string | null) =>
      t.db.pool.query(
        `INSERT INTO report_submissions (assignment_id, unit_id, status, submitted_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (assignment_id, unit_id) DO UPDATE SET status = $3, submitted_at = $4`,
        [round.id, unit, status, at],
      );
    const steps: [number, string, string | null][] = [
      [qt1!, 'submitted', '2026-12-20T10:00:00+07'], // submit, on time
      [qt2!, 'submitted', '2027-01-10T23:30:00+07'], // on the deadline (Vietnam's day): on time
      [qt2!, 'returned', '2027-01-10T23:30:00+07'], // return
      [qt2!, 'submitted', '2027-01-12T08:00:00+07'], // resubmitted: late from its last submission
      [qt1!, 'approved', '2026-12-20T10:00:00+07'], // approve
      [qt1!, 'returned', '2026-12-20T10:00:00+07'], // reopen
      [commune!, 'submitted', '2027-01-05T08:00:00+07'],
    ];
    for (const [unit, status, at] of steps) {
      await set(unit, status, at);
      await expectFull(round, roots);
    }

    // A unit moved to another commune: the tree version moves, the counters are rebuilt on the next read.
    const { rows: other } = await t.db.pool.query<{ id: number }>(
      `SELECT o.id::int FROM org_units o, org_units c
        WHERE c.id = $1 AND o.kind = c.kind AND o.id <> c.id AND o.path <@ subpath(c.path, 0, 2) ORDER BY o.id LIMIT 1`,
      [commune],
    );
    const version = async () => (await t.db.pool.query('SELECT version FROM org_tree_version')).rows[0].version;
    const v0 = await version();
    await t.db.pool.query('UPDATE org_units SET parent_id = $2 WHERE id = $1', [qt2, other[0]!.id]);
    expect(Number(await version())).toBeGreaterThan(Number(v0));
    await expectFull(round, [...roots, other[0]!.id]);
    // The Q3 round ended before the move: its page is the dated walk, computed in full.
    await expectFull(q3, [province!, commune!], true);

    // Two submissions in sibling units at once both count (the second waits on the common ancestors' rows).
    const [c1, c2] = [await t.db.pool.connect(), await t.db.pool.connect()];
    try {
      await c1.query('BEGIN');
      await c2.query('BEGIN');
      const sql = `INSERT INTO report_submissions (assignment_id, unit_id, status, submitted_at) VALUES ($1, $2, 'submitted', now())
                   ON CONFLICT (assignment_id, unit_id) DO UPDATE SET status = 'submitted', submitted_at = now()`;
      await c1.query(sql, [round.id, qt1]);
      const second = c2.query(sql, [round.id, qt3]);
      await new Promise((r) => setTimeout(r, 200));
      await c1.query('COMMIT');
      await second;
      await c2.query('COMMIT');
    } finally {
      c1.release();
      c2.release();
    }
    await expectFull(round, roots);
  });
});
