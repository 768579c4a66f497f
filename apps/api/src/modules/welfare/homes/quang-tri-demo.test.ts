import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { HomeDetail, HomeSummary } from '@congdoan/domain';
import { unitId, useTestApp } from '../../../testing/test-app';
import { welfareFigures } from '../welfare.fixtures';

const t = useTestApp();

/** The web map's Quảng Trị outline (apps/web/src/kit/map/vn-provinces.json) and a ray-casting test. */
const map = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../../../../web/src/kit/map/vn-provinces.json'), 'utf8'),
) as { provinces: { code: string; rings: number[][] }[] };
function inProvince(code: string, lon: number, lat: number): boolean {
  let inside = false;
  for (const ring of map.provinces.find((p) => p.code === code)!.rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const [xi, yi, xj, yj] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

describe('Quảng Trị welfare demo', () => {
  it('has the 27 Union Homes funded at the 26/04/2024 launch, on the province map, one handed over with photos', async () => {
    const s = await t.signIn('qt.canbo');
    const { rows } = await t.db.pool.query<{ id: number; homes: number; waiting: number; handouts: number }>(
      `SELECT p.id, (SELECT count(*) FROM welfare_homes h WHERE h.programme_id = p.id)::int AS homes,
              (SELECT count(*) FROM welfare_nominations n WHERE n.programme_id = p.id AND n.status = 'approved'
                  AND NOT EXISTS (SELECT 1 FROM welfare_homes h WHERE h.nomination_id = n.id))::int AS waiting,
              (SELECT count(*) FROM welfare_handouts w JOIN welfare_nominations n ON n.id = w.nomination_id
                 JOIN events e ON e.id = w.event_id
                WHERE n.programme_id = p.id AND w.handed_on = '2024-04-26' AND e.kind = 'launch_ceremony')::int AS handouts
         FROM welfare_programmes p WHERE p.kind = 'union_home' AND p.name = 'Mái ấm Công đoàn năm 2024'`,
    );
    expect(rows[0]).toMatchObject({ homes: 27, waiting: 3, handouts: 27 });
    const list = (await s.request('GET', `/api/welfare/homes?programmeId=${rows[0]!.id}`)).json<{
      items: HomeSummary[];
    }>().items;
    expect(list).toHaveLength(27);
    for (const h of list) expect(inProvince('44', h.longitude, h.latitude), `${h.id} ${h.communeName}`).toBe(true);
    const done = list.filter((h) => h.stage === 'final_cost');
    expect(done).toHaveLength(1);
    const d = (await s.request('GET', `/api/welfare/homes/${done[0]!.id}`)).json<HomeDetail>();
    expect(d.startEventTitle).toMatch(/^Khởi công nhà Mái ấm/);
    expect(d.handoverEventTitle).toMatch(/^Bàn giao nhà Mái ấm/);
    expect(d.milestones.map((m) => m.progressPercent)).toEqual([25, 70, 100]);
    expect(d.photos.map((p) => p.stage)).toEqual([
      'application',
      'survey',
      'ground_breaking',
      'ground_breaking',
      'completion',
      'handover',
    ]);
    // The handover photo is a real PNG: the red banner and the red roof of the new house.
    const photo = await s.request('GET', `/api/welfare/homes/${d.id}/photos/${d.photos[5]!.id}`);
    expect(photo.headers['content-type']).toBe('image/png');
    const png = PNG.sync.read(photo.rawPayload);
    expect([png.width, png.height]).toEqual([320, 200]);
    const at = (x: number, y: number) => [...png.data.subarray((y * 320 + x) * 4, (y * 320 + x) * 4 + 3)];
    expect(at(45, 15)).toEqual([200, 20, 30]);
    expect(at(160, 80)).toEqual([190, 40, 35]);

    const figures = await welfareFigures(t, await unitId(t, 'LDLD-44'), {
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(figures).toMatchObject({
      'welfare.homes_started': 11,
      'welfare.homes_completed': 1,
      'welfare.homes_handed_over': 1,
      'welfare.homes_cost_vnd': 71_200_000,
    });
  });

  it('has the gifts for 10 injured workers handed out on 08/05/2024 at the visits event', async () => {
    const { rows } = await t.db.pool.query<{ n: number; vnd: number; kinds: string[] }>(
      `SELECT count(*)::int AS n, sum(w.amount_vnd)::bigint AS vnd, array_agg(DISTINCT e.kind) AS kinds
         FROM welfare_programmes p JOIN welfare_nominations n ON n.programme_id = p.id
         JOIN welfare_handouts w ON w.nomination_id = n.id JOIN events e ON e.id = w.event_id
        WHERE p.kind = 'accident_illness' AND w.handed_on = '2024-05-08'`,
    );
    expect(rows[0]).toEqual({ n: 10, vnd: 20_000_000, kinds: ['visits_gifts'] });
  });
});
