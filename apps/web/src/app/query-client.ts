import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isSignedOutError, setCsrfToken } from '../api/client';
import i18n from './i18n';
import { meKey } from '../modules/auth/auth.api';

function retry(failureCount: number, error: unknown): boolean {
  // A 4xx will not get better by asking again; network blips and 5xx might.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

function onError(error: unknown): void {
  if (isSignedOutError(error)) {
    setCsrfToken(null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
    queryClient.setQueryData(meKey, null);
  } else if (error instanceof ApiError && error.code === 'PASSWORD_CHANGE_REQUIRED') {
    void queryClient.invalidateQueries({ queryKey: meKey });
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: { retry, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});

// Error messages arrive already translated: after a language switch, ask again for whatever failed
// so that the message on screen is in the new language.
i18n.on('languageChanged', () => {
  void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
});
