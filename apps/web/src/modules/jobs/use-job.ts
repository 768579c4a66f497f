import { useQuery } from '@tanstack/react-query';
import { fetchJob, jobKeys } from './jobs.api';

/** Poll a background job once a second until it finishes. The id lives in the URL, so a reload resumes. */
export function useJob(id: number | null) {
  return useQuery({
    queryKey: jobKeys.job(id ?? 0),
    queryFn: () => fetchJob(id!),
    enabled: id !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'succeeded' || status === 'failed' ? false : 1000;
    },
  });
}
