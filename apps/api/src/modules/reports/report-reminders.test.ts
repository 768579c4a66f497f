import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';
import { createReportReminders } from './report-reminders';
import { qtSubmitted } from './reports.fixtures';

const t = useTestApp();

describe('report deadline reminders', () => {
  it('reminds the officers of each unit still owing, once before the deadline and once after it; none for submitted reports', async () => {
    const { assignmentId } = await qtSubmitted(t); // QT-0001 has submitted, QT-0002 has not
    const [qt1, qt2, commune] = await Promise.all(['QT-0001', 'QT-0002', 'CDX-19333'].map((c) => unitId(t, c)));
    const o1 = await t.newUser({ username: 'nhac.qt1', unit: 'QT-0001', roles: ['officer'] });
    const o2 = await t.newUser({ username: 'nhac.qt2', unit: 'QT-0002', roles: ['officer'] });
    const oc = await t.newUser({ username: 'nhac.cdx', unit: 'CDX-19333', roles: ['officer'] });
    const viewer = await t.newUser({ username: 'nhac.xem', unit: 'QT-0002', roles: ['viewer'] });
    const setDeadline = (days: number) =>
      t.db.pool.query(
        `UPDATE report_assignments SET deadline = (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + $2::int WHERE id = $1`,
        [assignmentId, days],
      );
    const sent = async () =>
      (
        await t.db.pool.query<{ userId: number; unitId: number; kind: string; n: number; link: string }>(
          `SELECT user_id::int AS "userId", unit_id::int AS "unitId", kind, count(*)::int AS n, min(link) AS link
             FROM notifications WHERE dedupe_key LIKE $1 GROUP BY user_id, unit_id, kind`,
          [`report:${assignmentId}:%`],
        )
      ).rows;
    const mine = async (userId: number) => (await sent()).filter((r) => r.userId === userId);

    // Ten days ahead: too early.
    await setDeadline(10);
    await createReportReminders(t.db.pool);
    expect(await sent()).toEqual([]);

    // Two days ahead: one "soon" to each owing unit's officers, and a second run adds nothing.
    await setDeadline(2);
    expect(await createReportReminders(t.db.pool)).toBeGreaterThan(0);
    expect(await createReportReminders(t.db.pool)).toBe(0);
    expect(await mine(o2.id)).toEqual([
      { userId: o2.id, unitId: qt2, kind: 'report_soon', n: 1, link: `/reports/${assignmentId}/units/${qt2}` },
    ]);
    expect(await mine(oc.id)).toMatchObject([{ unitId: commune, kind: 'report_soon', n: 1 }]);
    expect(await mine(o1.id)).toEqual([]); // submitted
    expect(await mine(viewer.id)).toEqual([]); // reminders go to those who write the report

    // Past the deadline: one "due" each, once.
    await setDeadline(-1);
    expect(await createReportReminders(t.db.pool)).toBeGreaterThan(0);
    expect(await createReportReminders(t.db.pool)).toBe(0);
    expect((await mine(o2.id)).map((r) => [r.kind, r.n]).sort()).toEqual([
      ['report_due', 1],
      ['report_soon', 1],
    ]);
    expect(await mine(o1.id)).toEqual([]);
    expect((await sent()).every((r) => r.n === 1)).toBe(true);
    expect((await sent()).some((r) => r.unitId === qt1)).toBe(false);
    const title = await t.db.pool.query(`SELECT title FROM notifications WHERE user_id = $1 AND kind = 'report_due'`, [
      o2.id,
    ]);
    expect(title.rows[0].title).toContain('Quý III năm 2026');
  });
});
