import type { Permission, Role } from '@congdoan/domain';
import { rolePermissions } from '../modules/permission-table';

export type Grant = { id: number; role: Role; unitId: number; unitPath: string; unitCode: string; unitName: string };

/** The signed-in user as the API sees them for one request. */
export type Actor = {
  userId: number;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  mustChangePassword: boolean;
  grants: Grant[];
  sessionId: string;
  csrfToken: string;
};

/**
 * The CLI and jobs act as the system: a system administrator on every root unit, with no user id
 * (audit rows then name the source and the OS user instead).
 */
export async function systemActor(
  db: { query: (sql: string) => Promise<{ rows: unknown[] }> },
  name: string,
): Promise<Actor> {
  const { rows } = await db.query(
    `SELECT 0 AS id, 'system_admin' AS role, id AS "unitId", path::text AS "unitPath", code AS "unitCode", name AS "unitName"
       FROM org_units WHERE parent_id IS NULL`,
  );
  return {
    userId: 0,
    username: name,
    displayName: name,
    email: null,
    phone: null,
    mustChangePassword: false,
    grants: rows as Grant[],
    sessionId: '',
    csrfToken: '',
  };
}

/** The actor's user id for foreign keys, or null for the system actor. */
export function actorUserId(actor: Actor): number | null {
  return actor.userId > 0 ? actor.userId : null;
}

/** ltree paths where the actor holds `permission`; list queries filter with `path <@ ANY(...)`. */
export function scopeFor(actor: Actor, permission: Permission): string[] {
  return [
    ...new Set(actor.grants.filter((g) => rolePermissions()[g.role].includes(permission)).map((g) => g.unitPath)),
  ];
}

export function hasPermissionAnywhere(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => rolePermissions()[g.role].includes(permission));
}

export function permissionsOf(actor: Actor): Permission[] {
  return [...new Set(actor.grants.flatMap((g) => rolePermissions()[g.role]))].sort();
}

/** True when `path` lies in the subtree of one of `scopes` (same rule as ltree's `<@`). */
export function pathInScope(path: string, scopes: string[]): boolean {
  return scopes.some((s) => path === s || path.startsWith(s + '.'));
}
