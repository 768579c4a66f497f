import { z } from 'zod';
import { roles } from '../permissions';

export const loginBody = z.strictObject({
  login: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(200),
});

export const roleGrant = z.object({
  id: z.number(),
  role: z.enum(roles),
  unitId: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
});
export type RoleGrant = z.infer<typeof roleGrant>;

export const me = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  mustChangePassword: z.boolean(),
  roles: z.array(roleGrant),
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof me>;

export const meResponse = z.object({ user: me, csrfToken: z.string() });

export const changePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(1).max(200),
});
