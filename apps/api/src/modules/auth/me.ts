import type { Me } from '@congdoan/domain';
import { permissionsOf, type Actor } from '../../context/actor';

export function toMe(actor: Actor): Me {
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    email: actor.email,
    phone: actor.phone,
    mustChangePassword: actor.mustChangePassword,
    roles: actor.grants.map(({ id, role, unitId, unitCode, unitName }) => ({ id, role, unitId, unitCode, unitName })),
    permissions: permissionsOf(actor),
  };
}
