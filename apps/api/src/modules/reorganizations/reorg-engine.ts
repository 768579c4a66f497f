import { AppError, type OrgUnitKind, type ReorgChange } from '@congdoan/domain';
import type { Tx } from '../../db/tx';
import { dayBefore, vnDate } from '../../kit/dates';

export type EngineUnit = {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  subkind: string | null;
  parentId: number | null;
  path: string;
  foundedOn: string | null;
  closedOn: string | null;
};

const engineColumns = `id, code, name, short_name AS "shortName", kind, subkind, parent_id AS "parentId", path::text AS path,
  to_char(founded_on, 'YYYY-MM-DD') AS "foundedOn", to_char(closed_on, 'YYYY-MM-DD') AS "closedOn"`;

// A child must sit strictly below its parent in this order (a union group only under a grassroots union).
const rank: Record<OrgUnitKind, number> = {
  confederation: 0,
  provincial_federation: 1,
  central_industry_union: 1,
  corporation_union: 2,
  upper_union: 2,
  grassroots_union: 3,
  union_group: 4,
};

/**
 * Applies dated reorganisation steps inside one transaction. History (org_unit_parents) is written at
 * the effective date; the current tree (parent_id, path) follows at once when that date is today or
 * past, otherwise `applyDueReorganizations` syncs it when the date arrives. Every step records a
 * change so the whole operation can be previewed, stored and undone.
 */
export class ReorgEngine {
  readonly changes: ReorgChange[] = [];
  readonly due: boolean;

  constructor(
    readonly tx: Tx,
    readonly effectiveOn: string,
    readonly today: string,
    readonly reorganizationId: number | null,
    /** ltree scopes where the actor may write; units outside are "not found". */
    readonly scopes: string[],
  ) {
    this.due = effectiveOn <= today;
  }

  async unit(id: number): Promise<EngineUnit> {
    const { rows } = await this.tx.query<EngineUnit>(
      `SELECT ${engineColumns} FROM org_units WHERE id = $1 AND path <@ $2::ltree[]`,
      [id, this.scopes],
    );
    if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { id });
    return rows[0];
  }

  async unitByCode(code: string): Promise<EngineUnit | undefined> {
    const { rows } = await this.tx.query<EngineUnit>(
      `SELECT ${engineColumns} FROM org_units WHERE code = $1 AND path <@ $2::ltree[]`,
      [code, this.scopes],
    );
    return rows[0];
  }

  private assertOpen(unit: EngineUnit) {
    const d = this.effectiveOn;
    if ((unit.foundedOn && unit.foundedOn > d) || (unit.closedOn && unit.closedOn < d))
      throw new AppError('UNIT_CLOSED', { code: unit.code, date: vnDate(d) });
  }

  private assertFounded(unit: EngineUnit) {
    if (unit.foundedOn && unit.foundedOn > this.effectiveOn)
      throw new AppError('EFFECTIVE_BEFORE_FOUNDED', {
        code: unit.code,
        date: vnDate(this.effectiveOn),
        founded: vnDate(unit.foundedOn),
      });
    if (unit.closedOn && unit.closedOn < this.effectiveOn)
      throw new AppError('UNIT_CLOSED', { code: unit.code, date: vnDate(this.effectiveOn) });
  }

  async parentAsOf(unitId: number): Promise<number | null> {
    const { rows } = await this.tx.query<{ p: number | null }>('SELECT org_parent_as_of($1, $2) AS p', [
      unitId,
      this.effectiveOn,
    ]);
    return rows[0]?.p ?? null;
  }

  async childrenAsOf(unitId: number): Promise<number[]> {
    const { rows } = await this.tx.query<{ id: number }>(
      `SELECT unit_id AS id FROM org_unit_parents
        WHERE parent_id = $1 AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2) ORDER BY unit_id`,
      [unitId, this.effectiveOn],
    );
    return rows.map((r) => r.id);
  }

  private async membersIn(unit: EngineUnit): Promise<number> {
    const { rows } = await this.tx.query<{ n: number }>(
      'SELECT coalesce(sum(unit_member_count(id)), 0)::int AS n FROM org_units WHERE path <@ $1::ltree',
      [unit.path],
    );
    return rows[0]!.n;
  }

  /** Is `ancestor` above `unitId` on the effective date (or in the current tree when it is due)? */
  private async isAncestorAsOf(ancestor: number, unitId: number): Promise<boolean> {
    const { rows } = await this.tx.query<{ hit: boolean }>(
      `WITH RECURSIVE up(id, n) AS (
         SELECT $2::bigint, 0
         UNION ALL SELECT org_parent_as_of(up.id, $3), n + 1 FROM up WHERE up.id IS NOT NULL AND n < 30)
       SELECT EXISTS (SELECT 1 FROM up WHERE id = $1)
           OR EXISTS (SELECT 1 FROM org_units a, org_units b WHERE a.id = $1 AND b.id = $2 AND b.path <@ a.path) AS hit`,
      [ancestor, unitId, this.effectiveOn],
    );
    return rows[0]!.hit;
  }

  /** Bring the current parent_id in line with the history as of today (paths follow by trigger). */
  async syncCurrent(unitId: number): Promise<void> {
    await this.tx.query(
      `UPDATE org_units SET parent_id = org_parent_as_of(id, $2), updated_at = now()
        WHERE id = $1 AND org_parent_as_of(id, $2) IS NOT NULL AND parent_id IS DISTINCT FROM org_parent_as_of(id, $2)`,
      [unitId, this.today],
    );
  }

  async move(unit: EngineUnit, target: EngineUnit): Promise<void> {
    if (unit.parentId === null) throw new AppError('UNIT_IS_ROOT', { code: unit.code });
    this.assertFounded(unit);
    this.assertOpen(target);
    if (unit.id === target.id || (await this.isAncestorAsOf(unit.id, target.id)))
      throw new AppError('REORG_CYCLE', { code: unit.code, target: target.code });
    if (rank[target.kind] >= rank[unit.kind])
      throw new AppError('REORG_KIND_NOT_ALLOWED', { kind: unit.kind, target: target.code });
    const { rows } = await this.tx.query<{ id: number; parent_id: number; from: string; to: string | null }>(
      `SELECT id, parent_id, to_char(valid_from, 'YYYY-MM-DD') AS from, to_char(valid_to, 'YYYY-MM-DD') AS to
         FROM org_unit_parents WHERE unit_id = $1 AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)`,
      [unit.id, this.effectiveOn],
    );
    const current = rows[0];
    if (!current)
      throw new AppError('EFFECTIVE_BEFORE_FOUNDED', {
        code: unit.code,
        date: vnDate(this.effectiveOn),
        founded: vnDate(unit.foundedOn),
      });
    if (Number(current.parent_id) === target.id)
      throw new AppError('REORG_SAME_PARENT', { code: unit.code, target: target.code });
    if (current.from === this.effectiveOn) {
      await this.tx.query('UPDATE org_unit_parents SET parent_id = $2, reorganization_id = $3 WHERE id = $1', [
        current.id,
        target.id,
        this.reorganizationId,
      ]);
    } else {
      await this.tx.query('UPDATE org_unit_parents SET valid_to = $2 WHERE id = $1', [current.id, this.effectiveOn]);
      await this.tx.query(
        'INSERT INTO org_unit_parents (unit_id, parent_id, valid_from, valid_to, reorganization_id) VALUES ($1, $2, $3, $4, $5)',
        [unit.id, target.id, this.effectiveOn, current.to, this.reorganizationId],
      );
    }
    if (this.due) await this.syncCurrent(unit.id);
    const from = await this.tx.query<{ name: string }>('SELECT name FROM org_units WHERE id = $1', [current.parent_id]);
    this.changes.push({
      type: 'move',
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      fromParentId: Number(current.parent_id),
      fromParentName: from.rows[0]?.name ?? null,
      toParentId: target.id,
      toParentName: target.name,
      members: await this.membersIn(unit),
    });
  }

  /** Close a unit from the effective date: children and members go to `target` (if any remain). */
  async close(unit: EngineUnit, target: EngineUnit | null): Promise<void> {
    if (unit.parentId === null) throw new AppError('UNIT_IS_ROOT', { code: unit.code });
    this.assertFounded(unit);
    const children = await this.childrenAsOf(unit.id);
    if (children.length > 0 && !target) throw new AppError('ROW_ORPHANS', { code: unit.code, count: children.length });
    if (target) {
      this.assertOpen(target);
      if (await this.isAncestorAsOf(unit.id, target.id))
        throw new AppError('REORG_CYCLE', { code: unit.code, target: target.code });
      for (const childId of children) await this.move(await this.unit(childId), target);
    }
    let members = 0;
    if (target && this.due) {
      const { rows } = await this.tx.query<{ n: number }>('SELECT org_transfer_members($1, $2)::int AS n', [
        unit.id,
        target.id,
      ]);
      members = rows[0]!.n;
    }
    const closedOn = dayBefore(this.effectiveOn);
    await this.tx.query('UPDATE org_units SET closed_on = $2, updated_at = now() WHERE id = $1', [unit.id, closedOn]);
    // Its own parent link ends with it, so "children as of" a later date no longer lists it.
    await this.tx.query(
      `UPDATE org_unit_parents SET valid_to = $2 WHERE unit_id = $1 AND valid_from < $2 AND (valid_to IS NULL OR valid_to > $2)`,
      [unit.id, this.effectiveOn],
    );
    this.changes.push({
      type: 'close',
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      toParentId: target?.id ?? null,
      toParentName: target?.name ?? null,
      before: { closedOn: unit.closedOn },
      after: { closedOn },
      members,
    });
  }

  async create(
    fields: { code: string; name: string; kind: OrgUnitKind; subkind?: string | null | undefined },
    parent: EngineUnit,
  ): Promise<EngineUnit> {
    this.assertOpen(parent);
    if (rank[parent.kind] >= rank[fields.kind])
      throw new AppError('REORG_KIND_NOT_ALLOWED', { kind: fields.kind, target: parent.code });
    const { rows } = await this.tx.query<{ id: number }>(
      `INSERT INTO org_units (code, name, kind, subkind, parent_id, founded_on)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [fields.code, fields.name, fields.kind, fields.subkind ?? null, parent.id, this.effectiveOn],
    );
    if (!rows[0]) throw new AppError('UNIT_CODE_TAKEN', { code: fields.code });
    await this.tx.query('UPDATE org_unit_parents SET reorganization_id = $2 WHERE unit_id = $1', [
      rows[0].id,
      this.reorganizationId,
    ]);
    const unit = await this.unit(rows[0].id);
    this.changes.push({
      type: 'create',
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      toParentId: parent.id,
      toParentName: parent.name,
      members: 0,
    });
    return unit;
  }

  async rename(
    unit: EngineUnit,
    next: {
      name?: string | undefined;
      shortName?: string | null | undefined;
      kind?: OrgUnitKind | undefined;
      subkind?: string | null | undefined;
    },
  ): Promise<void> {
    this.assertFounded(unit);
    const before = { name: unit.name, shortName: unit.shortName, kind: unit.kind, subkind: unit.subkind };
    const after = {
      name: next.name ?? unit.name,
      shortName: next.shortName === undefined ? unit.shortName : next.shortName,
      kind: next.kind ?? unit.kind,
      subkind: next.subkind === undefined ? unit.subkind : next.subkind,
    };
    if (this.due) await applyRename(this.tx, unit.id, after);
    this.changes.push({
      type: 'rename',
      unitId: unit.id,
      code: unit.code,
      name: after.name,
      before,
      after,
      members: 0,
    });
  }

  /** Undo of a close: the unit is open again from the effective date. */
  async reopen(unit: EngineUnit): Promise<void> {
    const parentId = await this.tx.query<{ p: number | null }>(
      `SELECT parent_id AS p FROM org_unit_parents WHERE unit_id = $1 ORDER BY valid_from DESC LIMIT 1`,
      [unit.id],
    );
    await this.tx.query('UPDATE org_units SET closed_on = NULL, updated_at = now() WHERE id = $1', [unit.id]);
    const p = parentId.rows[0]?.p;
    if (p)
      await this.tx.query(
        'INSERT INTO org_unit_parents (unit_id, parent_id, valid_from, reorganization_id) VALUES ($1, $2, $3, $4)',
        [unit.id, p, this.effectiveOn, this.reorganizationId],
      );
    this.changes.push({
      type: 'reopen',
      unitId: unit.id,
      code: unit.code,
      name: unit.name,
      before: { closedOn: unit.closedOn },
      after: { closedOn: null },
      members: 0,
    });
  }
}

export async function applyRename(
  tx: Tx,
  unitId: number,
  after: { name: string; shortName: string | null; kind: string; subkind: string | null },
): Promise<void> {
  await tx.query(
    'UPDATE org_units SET name = $2, short_name = $3, kind = $4, subkind = $5, updated_at = now() WHERE id = $1',
    [unitId, after.name, after.shortName, after.kind, after.subkind],
  );
}
