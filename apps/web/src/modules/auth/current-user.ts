import { createContext, useContext } from 'react';
import type { Me } from '@congdoan/domain';

export const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in user; only valid below RequireAuth. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) throw new Error('useCurrentUser() used outside RequireAuth');
  return me;
}

export function useHasPermission(permission: string): boolean {
  return useCurrentUser().permissions.includes(permission);
}
