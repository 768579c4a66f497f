import type pg from 'pg';
import { AppError, type Permission } from '@congdoan/domain';
import { scopeFor, type Actor } from '../../context/actor';

type Db = pg.Pool | pg.PoolClient;

export type UnitRow = { id: number; code: string; name: string; path: string; kind: string };

/** A grassroots union inside the actor's scope for `permission`, or UNIT_NOT_FOUND / NOT_A_GRASSROOTS_UNION. */
export async function grassrootsUnitInScope(
  db: Db,
  actor: Actor,
  permission: Permission,
  unitId: number,
): Promise<UnitRow> {
  const { rows } = await db.query<UnitRow>(
    `SELECT id, code, name, path::text AS path, kind FROM org_units WHERE id = $1 AND path <@ $2::ltree[]`,
    [unitId, scopeFor(actor, permission)],
  );
  const unit = rows[0];
  if (!unit) throw new AppError('UNIT_NOT_FOUND', { id: unitId });
  if (unit.kind !== 'grassroots_union') throw new AppError('NOT_A_GRASSROOTS_UNION');
  return unit;
}

/** A union group (tổ công đoàn) directly under the grassroots union, or UNION_GROUP_NOT_IN_UNIT. */
export async function assertUnionGroup(db: Db, unitId: number, groupId: number): Promise<void> {
  const { rowCount } = await db.query(
    `SELECT 1 FROM org_units WHERE id = $1 AND parent_id = $2 AND kind = 'union_group'`,
    [groupId, unitId],
  );
  if (!rowCount) throw new AppError('UNION_GROUP_NOT_IN_UNIT');
}

/**
 * A person whose current unit lies in the actor's scope for `permission`, or MEMBER_NOT_FOUND; with
 * `lock`, then locked FOR UPDATE (serialises concurrent operations on one person). The lock is taken
 * on the person alone: locking through the join would drop the row when a concurrent admission or
 * transfer changed its unit, and the loser of the race would get 404 instead of the 409 its state
 * check gives once the lock is granted.
 */
export async function personInScope(
  db: Db,
  actor: Actor,
  permission: Permission,
  personId: number,
  lock = false,
): Promise<{ id: number; unitId: number | null; unitPath: string | null; fullName: string }> {
  const { rows } = await db.query<{ id: number; unitId: number | null; unitPath: string | null; fullName: string }>(
    `SELECT p.id, p.unit_id AS "unitId", u.path::text AS "unitPath", p.full_name AS "fullName"
       FROM persons p JOIN org_units u ON u.id = p.unit_id
      WHERE p.id = $1 AND u.path <@ $2::ltree[] AND p.merged_into_id IS NULL`,
    [personId, scopeFor(actor, permission)],
  );
  if (!rows[0]) throw new AppError('MEMBER_NOT_FOUND', { id: personId });
  if (lock) {
    const locked = await db.query('SELECT 1 FROM persons WHERE id = $1 AND merged_into_id IS NULL FOR UPDATE', [
      personId,
    ]);
    // Merged into someone else while we waited.
    if (!locked.rowCount) throw new AppError('MEMBERSHIP_STATE_CONFLICT', { status: 'merged' });
  }
  return rows[0];
}

export type OpenMembership = { id: number; unitId: number; status: string; cardNumber: string | null };

/** The person's membership that is active or in transit, if any. */
export async function openMembership(db: Db, personId: number): Promise<OpenMembership | null> {
  const { rows } = await db.query<OpenMembership>(
    `SELECT id, unit_id AS "unitId", status, card_number AS "cardNumber" FROM memberships
      WHERE person_id = $1 AND status IN ('active', 'in_transit')`,
    [personId],
  );
  return rows[0] ?? null;
}
