import { rolePermissions, type Permission, type Role } from '@congdoan/domain';

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

/** ltree paths where the actor holds `permission`; list queries filter with `path <@ ANY(...)`. */
export function scopeFor(actor: Actor, permission: Permission): string[] {
  return [...new Set(actor.grants.filter((g) => rolePermissions[g.role].includes(permission)).map((g) => g.unitPath))];
}

export function hasPermissionAnywhere(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => rolePermissions[g.role].includes(permission));
}

export function permissionsOf(actor: Actor): Permission[] {
  return [...new Set(actor.grants.flatMap((g) => rolePermissions[g.role]))].sort();
}

/** True when `path` lies in the subtree of one of `scopes` (same rule as ltree's `<@`). */
export function pathInScope(path: string, scopes: string[]): boolean {
  return scopes.some((s) => path === s || path.startsWith(s + '.'));
}
