import {
  allSubkinds,
  orgUnitKinds,
  orgUnitSubkinds,
  type BulkConflict,
  type OrgUnitKind,
  type ReorgChange,
} from '@congdoan/domain';
import type { Tx } from '../../../db/tx';
import { ReorgEngine, type EngineUnit } from '../reorg-engine';
import { conflict, conflictFromError } from './conflicts';
import type { MappingRow } from './parse-mapping';

export type BulkOutcome = { changes: (ReorgChange & { row: number })[]; conflicts: BulkConflict[] };

/** "commune_union" → upper_union/commune_union; "grassroots_union" → itself. */
function parseKind(value: string): { kind: OrgUnitKind; subkind: string | null } | null {
  const v = value.trim();
  if ((orgUnitKinds as readonly string[]).includes(v)) return { kind: v as OrgUnitKind, subkind: null };
  if ((allSubkinds as readonly string[]).includes(v)) {
    const kind = (Object.keys(orgUnitSubkinds) as (keyof typeof orgUnitSubkinds)[]).find((k) =>
      (orgUnitSubkinds[k] as readonly string[]).includes(v),
    )!;
    return { kind, subkind: v };
  }
  return null;
}

/**
 * Run every row of a mapping file in the caller's transaction: new units first (a new commune union
 * may be the target of later rows), then moves and renames, then closures, whose leftover children
 * are reported as orphans. Each row runs under a savepoint: a bad row becomes a conflict and leaves
 * no trace, and the caller commits only when there are no conflicts (or rolls back for a preview).
 */
export async function runBulk(
  tx: Tx,
  rows: MappingRow[],
  opts: {
    effectiveOn: string;
    today: string;
    reorganizationId: number | null;
    scopes: string[];
    progress?: (done: number, total: number) => Promise<void>;
  },
): Promise<BulkOutcome> {
  const changes: BulkOutcome['changes'] = [];
  const conflicts: BulkConflict[] = [];
  const engines = new Map<string, ReorgEngine>();
  const engineFor = (date: string | null) => {
    const d = date ?? opts.effectiveOn;
    let e = engines.get(d);
    if (!e) engines.set(d, (e = new ReorgEngine(tx, d, opts.today, opts.reorganizationId, opts.scopes)));
    return e;
  };
  let done = 0;
  const step = async (row: MappingRow, field: string | null, fn: (e: ReorgEngine) => Promise<void>) => {
    await opts.progress?.(++done, rows.length);
    const engine = engineFor(row.effectiveOn);
    const mark = engine.changes.length;
    await tx.query('SAVEPOINT bulk_row');
    try {
      await fn(engine);
      await tx.query('RELEASE SAVEPOINT bulk_row');
      for (const c of engine.changes.slice(mark)) changes.push({ ...c, row: row.row });
    } catch (error) {
      await tx.query('ROLLBACK TO SAVEPOINT bulk_row');
      engine.changes.length = mark;
      conflicts.push(conflictFromError(row.row, field, error));
    }
  };

  const seen = new Map<string, number>();
  const live: { row: MappingRow; unit: EngineUnit | undefined }[] = [];
  for (const row of rows) {
    const first = seen.get(row.unitCode);
    if (first !== undefined) {
      conflicts.push(conflict(row.row, 'unitCode', 'ROW_DUPLICATE', { code: row.unitCode, first }));
      continue;
    }
    seen.set(row.unitCode, row.row);
    live.push({ row, unit: await engineFor(null).unitByCode(row.unitCode) });
  }

  const parentOf = async (row: MappingRow): Promise<EngineUnit | null> => {
    if (!row.newParentCode) return null;
    const parent = await engineFor(null).unitByCode(row.newParentCode);
    if (!parent)
      throw Object.assign(new Error(), {
        bulk: conflict(row.row, 'newParentCode', 'ROW_UNKNOWN_PARENT', { code: row.newParentCode }),
      });
    return parent;
  };
  const withParent = async (row: MappingRow, fn: (parent: EngineUnit | null) => Promise<void>) => {
    try {
      await fn(await parentOf(row));
    } catch (error) {
      const bulk = (error as { bulk?: BulkConflict }).bulk;
      if (bulk) conflicts.push(bulk);
      else throw error;
    }
  };

  // 1. New units (rows whose code does not exist yet), parents before children.
  let pending = live.filter((l) => !l.unit);
  for (let pass = 0; pass < 5 && pending.length; pass++) {
    const next: typeof pending = [];
    for (const l of pending) {
      const parentKnown = !l.row.newParentCode || (await engineFor(null).unitByCode(l.row.newParentCode));
      if (!parentKnown && pending.some((p) => p.row.unitCode === l.row.newParentCode)) {
        next.push(l);
        continue;
      }
      const kind = l.row.newKind ? parseKind(l.row.newKind) : null;
      if (!l.row.newName || !l.row.newKind) {
        conflicts.push(conflict(l.row.row, 'unitCode', 'ROW_UNKNOWN_UNIT', { code: l.row.unitCode }));
      } else if (!kind) {
        conflicts.push(conflict(l.row.row, 'newKind', 'ROW_INVALID_KIND', { value: l.row.newKind }));
      } else if (!l.row.newParentCode) {
        conflicts.push(conflict(l.row.row, 'newParentCode', 'ROW_REQUIRED'));
      } else {
        await withParent(l.row, (parent) =>
          step(l.row, 'newParentCode', async (e) => {
            await e.create({ code: l.row.unitCode, name: l.row.newName!, ...kind }, parent!);
          }),
        );
      }
    }
    pending = next;
  }
  for (const l of pending)
    conflicts.push(conflict(l.row.row, 'newParentCode', 'ROW_UNKNOWN_PARENT', { code: l.row.newParentCode }));

  // 2. Moves and renames of existing units.
  for (const { row, unit } of live) {
    if (!unit || row.close) continue;
    if (!row.newParentCode && !row.newName && !row.newKind) {
      conflicts.push(conflict(row.row, 'newParentCode', 'ROW_REQUIRED'));
      continue;
    }
    const kind = row.newKind ? parseKind(row.newKind) : null;
    if (row.newKind && !kind) {
      conflicts.push(conflict(row.row, 'newKind', 'ROW_INVALID_KIND', { value: row.newKind }));
      continue;
    }
    await withParent(row, async (parent) => {
      if (parent && parent.id !== unit.parentId)
        await step(row, 'newParentCode', async (e) => e.move(await e.unit(unit.id), parent));
      if (row.newName || kind)
        await step(row, 'newName', async (e) =>
          e.rename(await e.unit(unit.id), {
            name: row.newName ?? undefined,
            kind: kind?.kind,
            subkind: kind ? kind.subkind : undefined,
          }),
        );
    });
  }

  // 3. Closures last, so children moved away by earlier rows are gone; what is left is an orphan.
  for (const { row, unit } of live) {
    if (!unit || !row.close) continue;
    await withParent(row, (target) => step(row, 'close', async (e) => e.close(await e.unit(unit.id), target)));
  }
  conflicts.sort((a, b) => a.row - b.row);
  return { changes, conflicts };
}
