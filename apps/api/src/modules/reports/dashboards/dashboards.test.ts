import { describe, expect, it } from 'vitest';
import type { DashboardView } from '@congdoan/domain';
import { inTransaction } from '../../../db/tx';
import { unitId, useTestApp } from '../../../testing/test-app';
import { readXlsxBack } from '../../../testing/xlsx-read-back';
import { computeIndicators } from '../indicators/compute';
import { quarterOf, yearOf, type SnapshotPeriod } from './periods';
import { dashboardIndicators, refreshPeriod } from './refresh-snapshots';

const t = useTestApp();
const system = { actorId: null, actorName: 'test', source: 'system', requestId: null, action: 'test' } as const;
const refresh = (p: SnapshotPeriod, root?: number) =>
  inTransaction(t.db.pool, system, (tx) => refreshPeriod(tx, p, root));
const engine = (root: number, p: SnapshotPeriod) =>
  inTransaction(t.db.pool, system, async (tx) =>
    (
      await computeIndicators(tx, dashboardIndicators(), { rootUnitId: root, from: p.from, to: p.to, byChild: false })
    ).byGroup.get(root)!,
  );

describe('dashboards', () => {
  it('show the snapshots, equal to the engine for the same unit and period, for the nation, a province and a commune', async () => {
    await t.newMember({ unit: 'QT-0001', admittedOn: '2026-08-15' });
    await t.newMember({ unit: 'QT-0002', admittedOn: '2026-02-03' });
    const [nation, province, commune] = (await Promise.all(
      ['TLD', 'LDLD-44', 'CDX-19333'].map((c) => unitId(t, c)),
    )) as [number, number, number];
    const q3 = quarterOf(2026, 3);
    const y = yearOf(2026);
    expect(await refresh(q3)).toBeGreaterThan(0);
    expect(await refresh(y)).toBeGreaterThan(0);
    const s = await t.signIn('admin');
    for (const unit of [nation, province, commune]) {
      const res = await s.request('GET', `/api/dashboards/${unit}?year=2026&indicator=members.admitted`);
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json<DashboardView>();
      const yearly = await engine(unit, y);
      for (const k of view.keyIndicators) expect([k.key, k.value]).toEqual([k.key, yearly[k.key] ?? 0]);
      expect(view.keyIndicators.find((k) => k.key === 'members.admitted')!.value).toBeGreaterThanOrEqual(2);
      const quarter = await engine(unit, q3);
      expect(view.trend).toHaveLength(8);
      expect(view.trend.find((p) => p.quarter === 'Q3/2026')!.value).toBe(quarter['members.admitted']);
      expect(view.computedAt).not.toBeNull();
    }
    // Children ranked by the chosen figure; the nation's map has its provinces by code.
    const pv = (
      await s.request('GET', `/api/dashboards/${province}?year=2026&indicator=members.active`)
    ).json<DashboardView>();
    expect(pv.top.length).toBeGreaterThan(0);
    expect(pv.top.map((c) => c.value)).toEqual([...pv.top.map((c) => c.value)].sort((a, b) => b - a));
    const nv = (
      await s.request('GET', `/api/dashboards/${nation}?year=2026&indicator=members.active`)
    ).json<DashboardView>();
    const qt = nv.map.find((p) => p.provinceCode === '44')!;
    expect(qt).toMatchObject({ unitId: province });
    expect(qt.value).toBe((await engine(province, y))['members.active']);
    // A province's dashboard colours its own province only.
    expect(pv.map.map((p) => p.provinceCode)).toEqual(['44']);

    // A subtree refresh replaces that subtree's rows only and keeps the figures equal.
    await t.newMember({ unit: 'QT-0001', admittedOn: '2026-09-01' });
    await refresh(q3, commune);
    const after = (
      await s.request('GET', `/api/dashboards/${commune}?year=2026&indicator=members.admitted`)
    ).json<DashboardView>();
    expect(after.trend.find((p) => p.quarter === 'Q3/2026')!.value).toBe(
      (await engine(commune, q3))['members.admitted'],
    );
  });

  it("refuse a unit outside the actor's subtree and an unknown indicator", async () => {
    const province = await unitId(t, 'LDLD-44');
    const na = await t.signIn('na.xem');
    const refused = await na.request('GET', `/api/dashboards/${province}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe('UNIT_NOT_FOUND');
    const xlsx = await na.request('GET', `/api/dashboards/${province}/charts/trend.xlsx`);
    expect(xlsx.statusCode).toBe(404);
    const qt = await t.signIn('qt.canbo');
    const unknown = await qt.request('GET', `/api/dashboards/${province}?indicator=dialogues.held`);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.code).toBe('DASHBOARD_INDICATOR_UNKNOWN');
  });

  it('targets: created and edited by the officers, audited, bad values refused in Vietnamese with nothing written', async () => {
    const province = await unitId(t, 'LDLD-44');
    await refresh(yearOf(2026));
    const qt = await t.signIn('qt.canbo');
    const url = `/api/dashboards/${province}/targets`;
    const created = await qt.request('PUT', url, { year: 2026, indicator: 'members.admitted', target: 4 });
    expect(created.statusCode, created.body).toBe(200);
    const edited = await qt.request('PUT', url, { year: 2026, indicator: 'members.admitted', target: 8 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().id).toBe(created.json().id);
    const view = (await qt.request('GET', `/api/dashboards/${province}?year=2026`)).json<DashboardView>();
    const k = view.keyIndicators.find((i) => i.key === 'members.admitted')!;
    expect(k.target).toBe(8);
    expect(k.progress).toBe(Math.round((1000 * k.value) / 8) / 10);
    const { rows: audit } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'indicator_targets' AND entity_id = $1`,
      [String(created.json().id)],
    );
    expect(audit[0].n).toBe(2);

    const before = JSON.stringify((await t.db.pool.query('SELECT * FROM indicator_targets ORDER BY id')).rows);
    for (const [body, status, code, field] of [
      [{ year: 2026, indicator: 'members.admitted', target: -1 }, 400, 'VALIDATION_FAILED', 'body.target'],
      [{ year: 2026, indicator: 'members.admitted', target: 2.5 }, 422, 'DASHBOARD_TARGET_NOT_WHOLE', 'target'],
      [{ year: 2026, indicator: 'petitions.answered_rate', target: 120 }, 422, 'DASHBOARD_TARGET_OVER_100', 'target'],
      [{ year: 2026, indicator: 'khong.co', target: 1 }, 422, 'DASHBOARD_INDICATOR_UNKNOWN', 'indicator'],
    ] as const) {
      const bad = await qt.request('PUT', url, body);
      expect(bad.statusCode, bad.body).toBe(status);
      expect(bad.json().error.code).toBe(code);
      expect(bad.json().error.message).toMatch(/[àáảãạăâđêôơư]/);
      const details = bad.json().error.details;
      expect(details.field ?? details.issues?.[0]?.field).toBe(field);
    }
    // A percentage may be fractional.
    expect(
      (await qt.request('PUT', url, { year: 2026, indicator: 'petitions.answered_rate', target: 92.5 })).statusCode,
    ).toBe(200);
    await t.db.pool.query(`DELETE FROM indicator_targets WHERE indicator_key = 'petitions.answered_rate'`);
    expect(JSON.stringify((await t.db.pool.query('SELECT * FROM indicator_targets ORDER BY id')).rows)).toBe(before);
    // A viewer reads but does not set targets.
    const viewer = await t.signIn('na.xem');
    const nghean = await unitId(t, 'LDLD-40');
    expect(
      (
        await viewer.request('PUT', `/api/dashboards/${nghean}/targets`, {
          year: 2026,
          indicator: 'members.admitted',
          target: 1,
        })
      ).statusCode,
    ).toBe(403);
  });

  it("each chart's .xlsx holds the numbers of the JSON, and the export is logged", async () => {
    const province = await unitId(t, 'LDLD-44');
    await refresh(quarterOf(2026, 3));
    await refresh(yearOf(2026));
    const s = await t.signIn('qt.canbo');
    const q = '?year=2026&indicator=members.active';
    const view = (await s.request('GET', `/api/dashboards/${province}${q}`)).json<DashboardView>();
    const expected: Record<string, unknown[][]> = {
      indicators: view.keyIndicators.map((k) => [k.vi, k.value, k.target, k.progress]),
      trend: view.trend.map((p) => [p.quarter, p.value]),
      children: [
        ...view.top.map((c) => ['Cao nhất', c.name, c.value]),
        ...view.bottom.map((c) => ['Thấp nhất', c.name, c.value]),
      ],
      map: view.map.map((p) => [p.provinceCode, p.name, p.value]),
    };
    for (const [chart, rows] of Object.entries(expected)) {
      const res = await s.request('GET', `/api/dashboards/${province}/charts/${chart}.xlsx${q}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const sheet = (await readXlsxBack(res.rawPayload)).getWorksheet('Số liệu')!;
      const read: unknown[][] = [];
      for (let r = 6; r <= sheet.rowCount; r++) {
        const row = sheet.getRow(r);
        read.push(rows[0]!.map((_, c) => row.getCell(c + 1).value ?? null));
      }
      expect(read).toEqual(rows);
      expect(rows.length).toBeGreaterThan(0);
    }
    const { rows: logged } = await t.db.pool.query(
      `SELECT after->>'chart' AS chart FROM audit_log WHERE action = 'dashboard.export' AND entity_id = $1 ORDER BY id`,
      [String(province)],
    );
    expect(logged.map((r) => r.chart)).toEqual(['indicators', 'trend', 'children', 'map']);
  });

  it('"refresh now" queues a job for the unit\'s subtree that fills the current quarter and year', async () => {
    const province = await unitId(t, 'LDLD-44');
    const qt = await t.signIn('qt.canbo');
    const res = await qt.request('POST', `/api/dashboards/${province}/refresh`);
    expect(res.statusCode, res.body).toBe(200);
    const { rows } = await t.db.pool.query('SELECT kind, unit_id::int AS unit FROM jobs WHERE id = $1', [
      res.json().jobId,
    ]);
    expect(rows[0]).toEqual({ kind: 'dashboard.refresh', unit: province });
    expect((await (await t.signIn('na.xem')).request('POST', `/api/dashboards/${province}/refresh`)).statusCode).toBe(
      403,
    );
  });
});
