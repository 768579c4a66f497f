import { Permission, roles, type Role } from '@congdoan/domain';
import { modules } from './index';

let table: Record<Role, readonly Permission[]> | undefined;

/**
 * Role → permissions, built from the permissions each module declares; system_admin holds all.
 * Built on first use: the module list imports routes that import this file.
 */
export function rolePermissions(): Record<Role, readonly Permission[]> {
  if (table) return table;
  const built = Object.fromEntries(roles.map((r) => [r, [] as Permission[]])) as Record<Role, Permission[]>;
  built.system_admin = Object.values(Permission);
  for (const m of modules) {
    for (const [permission, holders] of Object.entries(m.permissions ?? {}) as [Permission, readonly Role[]][]) {
      for (const role of holders) if (role !== 'system_admin') built[role].push(permission);
    }
  }
  table = built;
  return table;
}

export function roleHas(role: Role, permission: Permission): boolean {
  return rolePermissions()[role].includes(permission);
}
