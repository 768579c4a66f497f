import type { Me } from '@congdoan/domain';
import { api, ApiError, setCsrfToken } from '../../api/client';

export const meKey = ['auth', 'me'] as const;

export interface MeResponse {
  user: Me;
  csrfToken: string;
}

/** The signed-in user, or null when nobody is signed in (the API answers 401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    const response = await api.get<MeResponse>('/api/auth/me');
    setCsrfToken(response.csrfToken);
    return response.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(body: { login: string; password: string }): Promise<Me> {
  const response = await api.post<MeResponse>('/api/auth/login', body);
  setCsrfToken(response.csrfToken);
  return response.user;
}

export async function logout(): Promise<void> {
  try {
    await api.post<{ ok: true }>('/api/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}

export function changePassword(body: { currentPassword: string; newPassword: string }): Promise<{ ok: true }> {
  return api.post<{ ok: true }>('/api/auth/change-password', body);
}
