import { describe, expect, it } from 'vitest';
import { systemActor } from '../../context/actor';
import { makeCtx } from '../../context/context';
import { inTransaction } from '../../db/tx';
import { useTestApp } from '../../testing/test-app';
import { verifyAuditChain } from '../audit/verify-chain';
import { computeIndicators } from '../reports/indicators/compute';
import { indicatorRegistry, indicatorSource } from '../reports/indicators/registry';
import { pathScope, treeChangedAfter, walkTree } from '../reports/indicators/scope';
import { lastQuarters } from './operations-units';
import { createProgress } from './progress';
import { seedOperations } from './seed-operations';
import { seedSynthetic } from './seed-synthetic';

const t = useTestApp();
const quiet = () => createProgress({ isTTY: false, write: () => true });

/** Direct counts over the subtree as it stood on `to` (org_subtree_as_of), one per indicator the seed feeds. */
const direct: Record<string, string> = {
  'members.admitted': `SELECT count(*) FROM memberships m WHERE m.unit_id IN (SELECT unit_id FROM sub)
                         AND m.admission_kind = 'new' AND m.admitted_on BETWEEN $2::date AND $3::date`,
  'members.left': `SELECT count(*) FROM memberships m WHERE m.unit_id IN (SELECT unit_id FROM sub)
                     AND m.status IN ('left', 'removed', 'deceased') AND m.status_on BETWEEN $2::date AND $3::date`,
  'members.active': `SELECT count(*) FROM memberships m WHERE m.unit_id IN (SELECT unit_id FROM sub)
                       AND m.admitted_on <= $3::date AND (m.status IN ('active', 'in_transit') OR m.status_on > $3::date)`,
  'org.grassroots_founded': `SELECT count(*) FROM org_units u WHERE u.id IN (SELECT unit_id FROM sub)
                               AND u.kind = 'grassroots_union' AND u.founded_on BETWEEN $2::date AND $3::date`,
  'petitions.received': `SELECT count(*) FROM petitions p WHERE p.origin_unit_id IN (SELECT unit_id FROM sub)
                           AND NOT p.is_consolidated
                           AND (p.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2::date AND $3::date`,
  'events.held': `SELECT count(*) FROM events e WHERE e.unit_id IN (SELECT unit_id FROM sub) AND e.cancelled_at IS NULL
                    AND (e.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2::date AND $3::date`,
  'events.participants': `SELECT count(*) FROM registrations r JOIN events e ON e.id = r.event_id
                            WHERE e.unit_id IN (SELECT unit_id FROM sub) AND e.cancelled_at IS NULL
                              AND r.status = 'confirmed'
                              AND (e.starts_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2::date AND $3::date`,
  'welfare.beneficiaries': `SELECT count(*) FROM welfare_handouts h JOIN welfare_nominations n ON n.id = h.nomination_id
                              WHERE n.unit_id IN (SELECT unit_id FROM sub) AND h.handed_on BETWEEN $2::date AND $3::date`,
  'campaigns.activities_done': `SELECT count(*) FROM campaign_reports r WHERE r.unit_id IN (SELECT unit_id FROM sub)
                                  AND r.done AND r.done_on BETWEEN $2::date AND $3::date`,
  'campaigns.grassroots_units_done': `SELECT count(DISTINCT r.unit_id) FROM campaign_reports r JOIN org_units u ON u.id = r.unit_id
                                        WHERE r.unit_id IN (SELECT unit_id FROM sub) AND u.kind = 'grassroots_union'
                                          AND r.done AND r.done_on BETWEEN $2::date AND $3::date`,
  'welfare.vouchers_issued': `SELECT count(*) FROM welfare_vouchers v WHERE v.unit_id IN (SELECT unit_id FROM sub)
                                AND (v.issued_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2::date AND $3::date`,
};

async function directCount(key: string, root: number, from: string, to: string): Promise<number> {
  const { rows } = await t.db.pool.query<{ n: string }>(
    `WITH sub AS (SELECT unit_id FROM org_subtree_as_of($1, $3::date) WHERE $2::date IS NOT NULL) SELECT (${direct[key]}) AS n`,
    [root, from, to],
  );
  return Number(rows[0]!.n);
}

describe('seed operations', () => {
  it('loads five years of operations on a province dataset; the computed indicators equal direct counts', async () => {
    const pool = t.db.pool;
    await seedSynthetic(pool, { scale: 'province', members: 20_000, seed: 3, progress: quiet(), source: 'system' });
    const ctx = makeCtx({
      pool,
      config: t.config,
      actor: await systemActor(pool, 'test'),
      source: 'system',
      requestId: null,
    });
    const r = await seedOperations(pool, { seed: 3, progress: quiet(), source: 'system', ctx });

    for (const kind of [
      'founded',
      'petitions',
      'events',
      'registrations',
      'campaigns',
      'activities',
      'campaignReports',
      'programmes',
      'quotas',
      'nominations',
      'reviews',
      'handouts',
      'homes',
      'vouchers',
      'assignments',
      'submissions',
      'late',
      'missing',
    ] as const)
      expect(r[kind], kind).toBeGreaterThan(0);
    expect(r.moved).not.toBeNull();
    // what the result says is what the tables hold (beside the demo's own rows)
    const { rows: held } = await pool.query<{ p: number; reg: number; sub: number }>(
      `SELECT (SELECT count(*)::int FROM petitions WHERE federation_id IS NOT NULL AND created_by IS NULL) AS p,
              (SELECT count(*)::int FROM registrations WHERE registered_by IS NULL AND person_id IS NOT NULL) AS reg,
              (SELECT count(*)::int FROM report_submissions s JOIN report_assignments a ON a.id = s.assignment_id
                WHERE a.unit_id = (SELECT id FROM org_units WHERE parent_id IS NULL)) AS sub`,
    );
    expect(held[0]!.p).toBeGreaterThanOrEqual(r.petitions);
    expect(held[0]!.reg).toBeGreaterThanOrEqual(r.registrations);
    expect(held[0]!.sub).toBe(r.submissions);

    // one audit event for the load, the reorganisation audited as usual, the chain intact
    const { rows: events } = await pool.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE action IN ('seed.operations', 'reorganization.move') ORDER BY id`,
    );
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['seed.operations', 'reorganization.move']));
    expect(events.filter((e) => e.action === 'seed.operations')).toHaveLength(1);
    expect((await verifyAuditChain(pool)).broken).toEqual([]);

    // the rollup of the province (and each child) equals direct counts over the tree as it stood, in the quarter
    // of the move and over the whole window
    const computed = [...indicatorRegistry().values()].filter((i) => indicatorSource(i) === 'computed');
    const { rows: top } = await pool.query<{ id: string }>(`SELECT id FROM org_units WHERE code = 'LDLD-44'`);
    const province = Number(top[0]!.id);
    const quarter = lastQuarters(1)[0]!;
    for (const [from, to] of [
      [quarter.from, quarter.to],
      ['2021-11-20', '2026-11-20'],
    ] as const) {
      const values = await inTransaction(
        pool,
        { actorId: null, actorName: null, source: 'system', requestId: null, action: 'report.compute' },
        (tx) => computeIndicators(tx, computed, { rootUnitId: province, from, to, byChild: true }),
      );
      const groups = [province, r.moved!.from, r.moved!.to];
      for (const group of groups)
        for (const key of Object.keys(direct)) {
          const n = await directCount(key, group, from, to);
          expect(values.byGroup.get(group)?.[key] ?? 0, `${key} ${group} ${from}–${to}`).toBe(n);
          if (group === province && from === '2021-11-20') expect(n, `${key} ${from}–${to}`).toBeGreaterThan(0);
        }
    }
    // the subtree by today's paths is the dated walk's, whenever no unit was re-parented after the period
    const root = Number(
      (await pool.query<{ id: string }>('SELECT id FROM org_units WHERE parent_id IS NULL')).rows[0]!.id,
    );
    for (const [from, to] of [
      [quarter.from, quarter.to],
      ['2021-11-20', '2026-11-20'],
    ] as const) {
      await inTransaction(
        pool,
        { actorId: null, actorName: null, source: 'system', requestId: null, action: 'report.compute' },
        async (tx) => {
          expect(await treeChangedAfter(tx, to)).toBe(false);
          await tx.query('CREATE TEMP TABLE indicator_scope (group_id bigint, unit_id bigint) ON COMMIT DROP');
          const read = async () =>
            (
              await tx.query<{ g: string; u: string }>(
                'SELECT group_id AS g, unit_id AS u FROM indicator_scope ORDER BY 1, 2',
              )
            ).rows;
          for (const unit of [root, province, r.moved!.to]) {
            const args = { rootUnitId: unit, from, to, byChild: true };
            await tx.query('TRUNCATE indicator_scope');
            await pathScope(tx, args);
            const byPath = await read();
            await tx.query('TRUNCATE indicator_scope');
            await walkTree(tx, args);
            expect(byPath.length).toBeGreaterThan(unit === root ? 500 : 2);
            expect(byPath).toEqual(await read());
          }
        },
      );
    }
    // the move of the last quarter is after its first months: those periods take the dated walk
    const moved = await pool.query<{ changed: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM org_unit_parents WHERE unit_id = $1 AND valid_from = $2::date) AS changed`,
      [r.moved!.unitId, r.moved!.effectiveOn],
    );
    expect(moved.rows[0]!.changed).toBe(true);
    // a second run is refused: operations are loaded once
    await expect(seedOperations(pool, { seed: 3, progress: quiet(), source: 'system', ctx })).rejects.toThrow(
      /seed.operations/,
    );
  }, 300_000);
});
