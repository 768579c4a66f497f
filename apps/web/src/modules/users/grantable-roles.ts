import { canGrant, roles, type Me, type Role } from '@congdoan/domain';

/** Roles this person may hand out: nobody grants more than they hold. */
export function grantableRoles(me: Me): Role[] {
  return roles.filter((role) => me.roles.some((grant) => canGrant(grant.role, role)));
}
