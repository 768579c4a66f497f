import { describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/tx';
import { unitId, useTestApp } from '../../testing/test-app';
import { computeIndicators } from '../reports/indicators/compute';
import { indicatorRegistry } from '../reports/indicators/registry';
import { welfareIndicators } from './indicators';
import { welfareReportRows } from './report-indicators';

const t = useTestApp();
const audit = { actorId: null, actorName: null, source: 'system' as const, requestId: null, action: 'report.compute' };

describe('welfare figures in the periodic reports', () => {
  it('the report engine gives each province the figures welfareIndicators() gives (demo years 2024 and 2026)', async () => {
    const keys = Object.keys(welfareReportRows);
    const registry = indicatorRegistry();
    for (const key of keys) expect(registry.get(key)?.sql, key).toBeTruthy();
    let nonZero = 0;
    for (const code of ['LDLD-44', 'LDLD-40']) {
      const unit = await unitId(t, code);
      for (const period of [
        { from: '2024-01-01', to: '2024-12-31' },
        { from: '2025-10-01', to: '2026-12-31' },
      ]) {
        const direct = await welfareIndicators({ pool: t.db.pool, actor: null }, unit, period);
        const engine = await inTransaction(t.db.pool, audit, (tx) =>
          computeIndicators(
            tx,
            keys.map((k) => registry.get(k)!),
            { rootUnitId: unit, from: period.from, to: period.to, byChild: false },
          ),
        );
        for (const key of keys) {
          expect(engine.byGroup.get(unit)![key], `${code} ${period.from} ${key}`).toBe(Number(direct[key]));
          if (direct[key]) nonZero++;
        }
      }
    }
    // The demo has Quảng Trị's 2024 houses and gifts and Nghệ An's Tết gifts: the comparison is not all zeros.
    expect(nonZero).toBeGreaterThan(3);
  });
});
