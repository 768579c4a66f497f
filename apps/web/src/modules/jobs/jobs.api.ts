import type { Job } from '@congdoan/domain';
import { api } from '../../api/client';

export const jobKeys = { job: (id: number) => ['jobs', id] as const };

export function fetchJob(id: number): Promise<Job> {
  return api.get<Job>(`/api/jobs/${id}`);
}

export const jobFileUrl = (id: number) => `/api/jobs/${id}/file`;
