import { z } from 'zod';
import { roles } from '../permissions';
import { text } from './common';
import { roleGrant } from './auth';
import { usernamePattern } from '../username';

export const userSummary = z.object({
  id: z.number(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  homeUnitId: z.number(),
  homeUnitName: z.string(),
  roles: z.array(roleGrant),
});
export type UserSummary = z.infer<typeof userSummary>;

export const userList = z.object({ items: z.array(userSummary), total: z.number() });

export { usernamePattern };

export const createUserBody = z.strictObject({
  username: z.string().trim().toLowerCase().regex(usernamePattern, { message: 'username' }),
  displayName: text(200),
  email: z.email().max(200).nullish(),
  phone: z
    .string()
    .regex(/^0\d{9}$/, { message: 'phone' })
    .nullish(),
  homeUnitId: z.number().int().positive(),
  role: z.enum(roles).optional(),
});

export const createUserResponse = z.object({ user: userSummary, temporaryPassword: z.string() });

export const grantRoleBody = z.strictObject({ role: z.enum(roles), unitId: z.number().int().positive() });

export const resetPasswordResponse = z.object({ temporaryPassword: z.string() });
