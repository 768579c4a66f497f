import type { Role, UserSummary } from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export interface UserListParams {
  page: number;
  pageSize: number;
  q: string;
}

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
};

export function fetchUsers(params: UserListParams): Promise<{ items: UserSummary[]; total: number }> {
  return api.get(withQuery('/api/users', { page: params.page, pageSize: params.pageSize, q: params.q.trim() }));
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  email?: string | null;
  phone?: string | null;
  homeUnitId: number;
  role?: Role;
}

export function createUser(body: CreateUserInput): Promise<{ user: UserSummary; temporaryPassword: string }> {
  return api.post('/api/users', body);
}

export function grantRole(userId: number, body: { role: Role; unitId: number }): Promise<UserSummary> {
  return api.post(`/api/users/${userId}/roles`, body);
}

export function revokeRole(userId: number, grantId: number): Promise<UserSummary> {
  return api.delete(`/api/users/${userId}/roles/${grantId}`);
}

export function resetPassword(userId: number): Promise<{ temporaryPassword: string }> {
  return api.post(`/api/users/${userId}/reset-password`, {});
}

export function clearLoginThrottle(userId: number): Promise<{ ok: true }> {
  return api.post(`/api/users/${userId}/clear-login-throttle`, {});
}
