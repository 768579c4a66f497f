// `congdoan seed operations`: five years of the union's work on top of a synthetic dataset — grassroots unions
// founded, petitions, events and their participants, campaigns cascaded with units' reports, welfare
// programmes (quotas, nominations and reviews, hand-outs, Union Homes, e-vouchers) and the quarterly report
// of the last four quarters with its submissions — loaded with COPY in one transaction with triggers off
// (session_replication_role = replica, as `seed synthetic`), so the load is one explicit audit event and the
// hash chain stays valid. Then one reorganisation through the app's own use case (audited as usual): a
// grassroots union moved to another upper union in the middle of the last complete quarter.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { reorganizationBody } from '@congdoan/domain';
import type { Ctx } from '../../context/context';
import { auditEvent, type Source } from '../../db/tx';
import { reorganize } from '../reorganizations';
import { setIndexesAside } from './copy-loader';
import { loadCampaigns, type CampaignCounts } from './ops-campaigns';
import { loadEvents, type EventCounts } from './ops-events';
import { loadFounding } from './ops-founding';
import { loadPetitions } from './ops-petitions';
import { loadReports, type ReportCounts } from './ops-reports';
import { loadWelfare, type WelfareCounts } from './ops-welfare';
import { dayOf, isoOf, lastQuarters, loadOpsUnits, nextIds, type OpsUnits } from './operations-units';
import { createProgress, type PhaseTime, type Progress } from './progress';
import { rng } from './rng';

export type OperationsOptions = {
  years?: number;
  seed?: number;
  progress?: Progress;
  source?: Source;
  /** The context the reorganisation runs as (the system, from the CLI or a test). */
  ctx: Ctx;
};

export type OperationsResult = {
  seed: number;
  founded: number;
  petitions: number;
  moved: { unitId: number; from: number; to: number; effectiveOn: string } | null;
  phases: PhaseTime[];
  seconds: number;
} & EventCounts &
  CampaignCounts &
  WelfareCounts &
  ReportCounts;

export class OperationsError extends Error {}

/** Tables loaded, for ids, sequences, indexes set aside and ANALYZE. */
const tables = [
  'petitions',
  'events',
  'registrations',
  'campaigns',
  'campaign_activities',
  'campaign_reports',
  'welfare_programmes',
  'welfare_voucher_merchants',
  'welfare_quotas',
  'welfare_nominations',
  'welfare_nomination_reviews',
  'welfare_handouts',
  'welfare_homes',
  'welfare_vouchers',
  'report_assignments',
  'report_submissions',
];
/** The large ones: their secondary indexes are rebuilt once after the load instead of row by row. */
const bulky = [
  'petitions',
  'events',
  'registrations',
  'welfare_nominations',
  'welfare_nomination_reviews',
  'welfare_handouts',
  'welfare_vouchers',
  'report_submissions',
];

export async function seedOperations(pool: pg.Pool, options: OperationsOptions): Promise<OperationsResult> {
  const seed = options.seed ?? 1;
  if ((options.years ?? 5) !== 5)
    throw new OperationsError('Chỉ hỗ trợ --years 5 (the window is the synthetic dataset’s five years).');
  const progress = options.progress ?? createProgress();
  const t0 = Date.now();
  const client = await pool.connect();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'congdoan-operations-'));
  let result: OperationsResult;
  let units: OpsUnits;
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.source', $1, true), set_config('app.action', 'seed.operations', true)`, [
      options.source ?? 'cli',
    ]);
    const { rows: before } = await client.query(`SELECT 1 FROM audit_log WHERE action = 'seed.operations' LIMIT 1`);
    if (before[0])
      throw new OperationsError('Dữ liệu hoạt động đã được nạp (seed.operations already ran on this database).');
    const { rows: persons } = await client.query(`SELECT 1 FROM audit_log WHERE action = 'seed.synthetic' LIMIT 1`);
    if (!persons[0]) throw new OperationsError('Chạy `congdoan seed synthetic` trước (no synthetic dataset here).');
    try {
      await client.query('SET LOCAL session_replication_role = replica');
    } catch (error) {
      throw new OperationsError(
        'Cần quyền superuser của PostgreSQL (session_replication_role): ' + (error as Error).message,
      );
    }
    await client.query(`SET LOCAL maintenance_work_mem = '1GB'`);
    await client.query('SET LOCAL synchronous_commit = off');

    progress.start('units');
    units = await loadOpsUnits(client);
    progress.tick(units.all.length);

    progress.start('founding');
    const founded = await loadFounding(client, units, rng(seed, 101));
    progress.tick(founded);
    // founding days changed: reload so the reports below expect the unions founded within the window
    units = await loadOpsUnits(client);

    const ids = await nextIds(client, tables);
    const aside = await setIndexesAside(client, bulky);

    progress.start('petitions');
    const petitions = await loadPetitions(client, units, rng(seed, 102), ids.petitions!, progress.tick);
    progress.start('events');
    const events = await loadEvents(
      client,
      units,
      rng(seed, 103),
      { event: ids.events!, registration: ids.registrations! },
      progress.tick,
      path.join(dir, 'registrations.tsv'),
    );
    progress.start('campaigns');
    const campaigns = await loadCampaigns(client, units, rng(seed, 104), {
      campaign: ids.campaigns!,
      activity: ids.campaign_activities!,
      report: ids.campaign_reports!,
    });
    progress.tick(campaigns.campaigns);
    progress.start('welfare');
    const welfare = await loadWelfare(
      client,
      units,
      rng(seed, 105),
      ids,
      {
        nominations: path.join(dir, 'nominations.tsv'),
        homes: path.join(dir, 'homes.tsv'),
        vouchers: path.join(dir, 'vouchers.tsv'),
      },
      progress.tick,
    );
    progress.start('reports');
    const reports = await loadReports(client, units, rng(seed, 106), {
      assignment: ids.report_assignments!,
      submission: ids.report_submissions!,
    });
    progress.tick(reports.submissions);

    for (const table of tables)
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, 'id'), greatest(1, (SELECT max(id) FROM ${table})))`,
        [table],
      );
    for (const index of aside) {
      progress.start(`index ${index.name}`);
      await client.query(index.restore);
    }
    if (founded > 0) {
      progress.start('rollups');
      const { rows: fn } = await client.query(
        `SELECT 1 FROM pg_proc WHERE proname = 'member_rollups_rebuild' AND pronamespace = current_schema()::regnamespace`,
      );
      if (fn[0]) await client.query('SELECT member_rollups_rebuild()');
    }
    progress.start('analyze');
    await client.query(`ANALYZE ${[...tables, 'org_units', 'org_unit_parents', 'memberships'].join(', ')}`);

    result = {
      seed,
      founded,
      petitions,
      ...events,
      ...campaigns,
      ...welfare,
      ...reports,
      moved: null,
      phases: [],
      seconds: 0,
    };
    const { moved: _m, phases: _p, seconds: _s, ...data } = result;
    progress.start('commit');
    await auditEvent(client, {
      action: 'seed.operations',
      entityType: 'synthetic_dataset',
      data: { ...data, years: 5 },
    });
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
    await rm(dir, { recursive: true, force: true });
  }

  progress.start('reorganisation');
  result.moved = await moveOneUnion(options.ctx, units, seed);
  progress.end();
  result.phases = progress.phases();
  result.seconds = (Date.now() - t0) / 1000;
  return result;
}

/**
 * A grassroots union (with members, founded before the window) moved to another upper union of its federation in
 * the middle of the last complete quarter, through the reorganisation use case: that quarter reports it under its
 * old parent until the move and the new one after.
 */
async function moveOneUnion(ctx: Ctx, units: OpsUnits, seed: number): Promise<OperationsResult['moved']> {
  const q = lastQuarters(1)[0]!;
  const effectiveOn = isoOf(dayOf(q.from) + 45);
  const r = rng(seed, 107);
  const candidates = units.grassroots.filter(
    (g) =>
      g.persons &&
      g.foundedOn !== null &&
      g.foundedOn < q.from &&
      units.byId.get(g.parentId ?? -1)?.kind === 'upper_union',
  );
  for (let tries = 0; tries < 20 && candidates.length > 0; tries++) {
    const g = r.pick(candidates);
    const siblings = units.upper.filter((u) => u.federationId === g.federationId && u.id !== g.parentId);
    if (siblings.length === 0) continue;
    const to = r.pick(siblings);
    await reorganize(
      ctx,
      reorganizationBody.parse({
        operation: 'move',
        unitId: g.id,
        newParentId: to.id,
        effectiveOn,
        note: 'seed operations',
      }),
    );
    return { unitId: g.id, from: g.parentId!, to: to.id, effectiveOn };
  }
  return null;
}
