import { useMutation } from '@tanstack/react-query';
import { logout } from './auth.api';

/**
 * Sign out, then reload on the login page: a full page load drops every cached answer
 * (people, roles, audit rows) from memory, so nothing of the last session stays in the tab.
 */
export function useLogout() {
  return useMutation({
    mutationFn: logout,
    onSettled: () => window.location.replace('/login'),
  });
}
