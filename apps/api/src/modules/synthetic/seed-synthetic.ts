// `congdoan seed synthetic`: a national-size (or province-size) dataset loaded with COPY in one
// transaction, triggers and foreign-key checks off (session_replication_role = replica), so what the
// triggers would have written — org paths, parent history, the person mirror — is written here, and
// the load is recorded as one explicit audit event (the hash chain stays valid). Member tables are
// truncated and reloaded with COPY FREEZE (rows the demo put there are saved and put back first), so
// no vacuum is needed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { auditEvent, type Source } from '../../db/tx';
import { copyValue } from '../../db/copy-text';
import { copyIn, copyInFile, copyOut, fileSink, setIndexesAside, setTriggersAside } from './copy-loader';
import {
  cardColumns,
  generatePersons,
  membershipColumns,
  personColumns,
  transferColumns,
  type RowCounts,
} from './generate-rows';
import { defaultMembers, planTree, type Scale } from './plan-tree';
import { createProgress, type PhaseTime, type Progress } from './progress';

export type SyntheticOptions = {
  scale?: Scale;
  members?: number;
  seed?: number;
  /** Province code for --scale province (default 44, Quảng Trị: the demo accounts' federation). */
  province?: string;
  progress?: Progress;
  source?: Source;
};

export type SyntheticResult = RowCounts & {
  scale: Scale;
  seed: number;
  units: number;
  upperUnions: number;
  grassroots: number;
  phases: PhaseTime[];
  seconds: number;
};

export const maxMembers = 12_000_000;
const memberTables = ['persons', 'memberships', 'member_cards', 'member_transfers'];

export class SyntheticError extends Error {}

export async function seedSynthetic(pool: pg.Pool, options: SyntheticOptions = {}): Promise<SyntheticResult> {
  const scale = options.scale ?? 'national';
  const seed = options.seed ?? 1;
  const members = options.members ?? defaultMembers[scale];
  if (!Number.isInteger(members) || members < 1 || members > maxMembers)
    throw new SyntheticError(`Số đoàn viên phải từ 1 đến ${maxMembers.toLocaleString('vi-VN')} (--members).`);
  const progress = options.progress ?? createProgress();
  const t0 = Date.now();
  const client = await pool.connect();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'congdoan-synthetic-'));
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.source', $1, true), set_config('app.action', 'seed.synthetic', true)`, [
      options.source ?? 'cli',
    ]);
    try {
      await client.query('SET LOCAL session_replication_role = replica');
    } catch (error) {
      throw new SyntheticError(
        'Cần quyền superuser của PostgreSQL để nạp hàng loạt khi tắt trigger (session_replication_role): ' +
          (error as Error).message,
      );
    }
    await client.query(`SET LOCAL maintenance_work_mem = '2GB'`);
    await client.query('SET LOCAL max_parallel_maintenance_workers = 2');
    await client.query('SET LOCAL synchronous_commit = off');

    progress.start('plan tree');
    const plan = await planTree(client, { scale, province: options.province ?? '44', members, seed });
    progress.tick(plan.newUnits.length);

    progress.start('org units', plan.newUnits.length * 2);
    await copyIn(
      client,
      `COPY org_units (id, code, name, short_name, kind, subkind, parent_id, path, founded_on, admin_version,
                       province_code, commune_code, sector, employer_name) FROM STDIN`,
      (function* () {
        for (let i = 0; i < plan.newUnits.length; i += 2000) {
          const batch = plan.newUnits.slice(i, i + 2000);
          progress.tick(batch.length);
          yield (
            batch
              .map((u) =>
                [
                  u.id,
                  u.code,
                  u.name,
                  u.shortName,
                  u.kind,
                  u.subkind,
                  u.parentId,
                  u.path,
                  u.foundedOn,
                  u.provinceCode ? '2025-07-01' : null,
                  u.provinceCode,
                  u.communeCode,
                  u.sector,
                  u.employerName,
                ]
                  .map(copyValue)
                  .join('\t'),
              )
              .join('\n') + '\n'
          );
        }
      })(),
    );
    // the history row the org_units trigger writes for a new unit: its parent since its founding
    await copyIn(
      client,
      'COPY org_unit_parents (unit_id, parent_id, valid_from) FROM STDIN',
      (function* () {
        for (let i = 0; i < plan.newUnits.length; i += 2000) {
          const batch = plan.newUnits.slice(i, i + 2000);
          progress.tick(batch.length);
          yield batch.map((u) => `${u.id}\t${u.parentId}\t${u.foundedOn}\n`).join('');
        }
      })(),
    );

    // Save what is in the member tables (and in every table referring to them), truncate, put it back.
    progress.start('prepare');
    const { rows: related } = await client.query<{ name: string }>(
      `WITH RECURSIVE t(oid) AS (
         SELECT oid FROM pg_class WHERE oid = ANY($1::regclass[])
         UNION SELECT c.conrelid FROM pg_constraint c JOIN t ON c.confrelid = t.oid WHERE c.contype = 'f')
       SELECT oid::regclass::text AS name FROM t ORDER BY 1`,
      [memberTables],
    );
    const { rows: maxIds } = await client.query<{ p: number; m: number; c: number; t: number }>(
      `SELECT (SELECT coalesce(max(id), 0) FROM persons) AS p, (SELECT coalesce(max(id), 0) FROM memberships) AS m,
              (SELECT coalesce(max(id), 0) FROM member_cards) AS c, (SELECT coalesce(max(id), 0) FROM member_transfers) AS t`,
    );
    const { rows: cccdRows } = await client.query<{ cccd: string }>('SELECT cccd FROM persons WHERE cccd IS NOT NULL');
    const { rows: schemes } = await client.query<{ unit_id: number; pattern: string; next_seq: number }>(
      'SELECT unit_id, pattern, next_seq::int AS next_seq FROM card_schemes',
    );
    const { rows: fedCols } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ANY($1) AND column_name = 'federation_id'`,
      [memberTables],
    );
    const withFederationId = fedCols[0]!.n === memberTables.length;
    const saved = new Map<string, Buffer[]>();
    for (const { name } of related) saved.set(name, await copyOut(client, `COPY ${name} TO STDOUT`));
    const aside = await setIndexesAside(client, memberTables);
    const triggers = await setTriggersAside(client, memberTables);
    await client.query(`TRUNCATE ${related.map((r) => r.name).join(', ')}`);
    for (const [name, chunks] of saved) await copyIn(client, `COPY ${name} FROM STDIN FREEZE`, chunks);

    const counts: RowCounts = { persons: 0, memberships: 0, cards: 0, transfers: 0 };
    const sinks = {
      memberships: fileSink(path.join(dir, 'memberships.tsv')),
      cards: fileSink(path.join(dir, 'cards.tsv')),
      transfers: fileSink(path.join(dir, 'transfers.tsv')),
    };
    const federationColumn = withFederationId ? ['federation_id'] : [];
    const fed = withFederationId ? ', federation_id' : '';
    const cardSchemes = new Map(schemes.map((s) => [Number(s.unit_id), { pattern: s.pattern, nextSeq: s.next_seq }]));
    progress.start('persons', members);
    await copyIn(
      client,
      `COPY persons (${personColumns.join(', ')}${fed}) FROM STDIN FREEZE`,
      generatePersons({
        seed,
        plan,
        ids: {
          person: maxIds[0]!.p + 1,
          membership: maxIds[0]!.m + 1,
          card: maxIds[0]!.c + 1,
          transfer: maxIds[0]!.t + 1,
        },
        cardSchemes,
        takenCccd: new Set(cccdRows.map((r) => r.cccd)),
        withFederationId,
        sinks: { memberships: sinks.memberships.write, cards: sinks.cards.write, transfers: sinks.transfers.write },
        onPersons: (n) => progress.tick(n),
        counts,
      }),
    );
    for (const s of Object.values(sinks)) await s.close();
    const load = async (phase: string, table: string, columns: string[], sink: ReturnType<typeof fileSink>) => {
      progress.start(phase, sink.bytes(), 'bytes');
      await copyInFile(client, `COPY ${table} (${columns.join(', ')}) FROM STDIN FREEZE`, sink.path, progress.tick);
    };
    await load('memberships', 'memberships', [...membershipColumns, ...federationColumn], sinks.memberships);
    await load('cards', 'member_cards', [...cardColumns, ...federationColumn], sinks.cards);
    await load('transfers', 'member_transfers', [...transferColumns, ...federationColumn], sinks.transfers);
    progress.end();

    await client.query(
      `INSERT INTO card_schemes (unit_id, pattern, next_seq) SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[])
       ON CONFLICT (unit_id) DO UPDATE SET next_seq = greatest(card_schemes.next_seq, excluded.next_seq), updated_at = now()`,
      [
        [...cardSchemes.keys()],
        [...cardSchemes.values()].map((s) => s.pattern),
        [...cardSchemes.values()].map((s) => s.nextSeq),
      ],
    );
    for (const table of [...memberTables, 'org_units', 'org_unit_parents'])
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, 'id'), greatest(1, (SELECT max(id) FROM ${table})))`,
        [table],
      );

    for (const trigger of triggers) await client.query(trigger);
    for (const index of aside) {
      progress.start(`index ${index.name}`);
      await client.query(index.restore);
    }
    progress.start('analyze');
    await client.query(`ANALYZE ${[...memberTables, 'org_units', 'org_unit_parents'].join(', ')}`);
    const { rows: rollups } = await client.query(
      `SELECT 1 FROM pg_proc WHERE proname = 'member_rollups_rebuild' AND pronamespace = current_schema()::regnamespace`,
    );
    if (rollups.length > 0) {
      progress.start('rollups');
      await client.query('SELECT member_rollups_rebuild()');
      // Rebuilt after the ANALYZE above: without statistics of their own (autovacuum may be off, or not come
      // round for a while) the planner guesses the rollups' row counts and per-unit lookups.
      await client.query('ANALYZE unit_member_stats, top_member_stats');
    }
    progress.start('commit');
    const result: SyntheticResult = {
      scale,
      seed,
      units: plan.newUnits.length,
      upperUnions: plan.upperUnions,
      grassroots: plan.grassroots.length,
      ...counts,
      phases: [],
      seconds: 0,
    };
    await auditEvent(client, {
      action: 'seed.synthetic',
      entityType: 'synthetic_dataset',
      data: {
        scale,
        seed,
        members,
        province: scale === 'province' ? (options.province ?? '44') : null,
        ...counts,
        units: result.units,
        upperUnions: result.upperUnions,
        grassroots: result.grassroots,
      },
    });
    await client.query('COMMIT');
    progress.end();
    result.phases = progress.phases();
    result.seconds = (Date.now() - t0) / 1000;
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
    await rm(dir, { recursive: true, force: true });
  }
}
