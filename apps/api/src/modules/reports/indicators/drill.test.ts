import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../../db/tx';
import { unitId, useTestApp } from '../../../testing/test-app';
import { computeIndicators } from './compute';
import { drillIndicator } from './drill';
import { indicatorRegistry } from './registry';

const t = useTestApp();
const audit = { actorId: null, actorName: null, source: 'system' as const, requestId: null, action: 'report.compute' };

describe('drill-down behind computed figures', () => {
  it('every computed figure lists exactly the rows it counts (or sums), for a subtree and period', async () => {
    const registry = [...indicatorRegistry().values()];
    const counted = registry.filter((i) => i.sql);
    // Every figure computed from records can show them.
    expect(counted.filter((i) => !i.drillSql).map((i) => i.key)).toEqual([]);
    expect(counted.length).toBeGreaterThanOrEqual(15);
    // Facts the demo may lack, in the period: an admission, an event with a participant, a petition.
    await t.newMember({ unit: 'QT-0001', admittedOn: '2026-08-15' });
    await t.newPetition({ unit: 'CDX-19333' });
    const nonZero = new Set<string>();
    for (const code of ['LDLD-44', 'CDX-19333', 'LDLD-40']) {
      const unit = await unitId(t, code);
      for (const period of [
        { from: '2024-01-01', to: '2024-12-31' },
        { from: '2025-10-01', to: '2026-12-31' },
      ]) {
        const figures = await inTransaction(t.db.pool, audit, (tx) =>
          computeIndicators(tx, counted, { rootUnitId: unit, ...period, byChild: false }),
        );
        for (const i of counted) {
          const figure = figures.byGroup.get(unit)![i.key] ?? 0;
          const rows = await inTransaction(t.db.pool, audit, (tx) =>
            drillIndicator(tx, i, { rootUnitId: unit, ...period, page: 1, pageSize: 5 }),
          );
          const behind = i.unit === 'vnd' ? (rows.sum ?? 0) : rows.total;
          expect(behind, `${code} ${period.from} ${i.key}`).toBe(figure);
          expect(rows.items.length).toBe(Math.min(5, rows.total));
          for (const r of rows.items) expect(r.unitName, i.key).toBeTruthy();
          if (figure > 0) nonZero.add(i.key);
        }
      }
    }
    // Not a comparison of zeros: most figures have rows in the demo.
    expect(nonZero.size, [...nonZero].join(', ')).toBeGreaterThanOrEqual(10);
  });
});
