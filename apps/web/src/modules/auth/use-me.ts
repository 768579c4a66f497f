import { useQuery } from '@tanstack/react-query';
import { fetchMe, meKey } from './auth.api';

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}
