import type { BriefingDetail, TaskRow } from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export const briefingKeys = {
  all: ['briefings'] as const,
  list: ['briefings', 'list'] as const,
  one: (id: number) => ['briefings', id] as const,
  tasks: (unitId?: number) => ['briefings', 'tasks', unitId ?? 0] as const,
};

export type BriefingSummary = {
  id: number;
  unitName: string;
  kind: 'briefing' | 'working_session';
  title: string;
  heldOn: string;
  subjectUnitName: string | null;
  openTasks: number;
};
export type BriefingForm = {
  unitId: number;
  kind: 'briefing' | 'working_session';
  title: string;
  heldOn: string;
  place?: string | null;
  chair: string;
  participants?: string | null;
  subjectUnitId?: number | null;
  opinions: { unitName: string; text: string }[];
  conclusions?: string | null;
  directives?: string | null;
  reportAssignmentIds: number[];
};
export type TaskForm = {
  unitId?: number;
  ownerUserId?: number | null;
  title: string;
  deadline: string;
  briefingId?: number;
};

export const fetchBriefings = () => api.get<{ items: BriefingSummary[] }>('/api/briefings');
export const fetchBriefing = (id: number) => api.get<BriefingDetail>(`/api/briefings/${id}`);
export const createBriefing = (body: BriefingForm) => api.post<{ id: number }>('/api/briefings', body);
export const updateBriefing = (id: number, body: BriefingForm) => api.put<{ id: number }>(`/api/briefings/${id}`, body);
export const fetchTasks = (unitId?: number) => api.get<{ items: TaskRow[] }>(withQuery('/api/tasks', { unitId }));
export const createTask = (body: TaskForm) => api.post<{ id: number }>('/api/tasks', body);
export const progressTask = (id: number, status: 'new' | 'in_progress' | 'done', evidence?: string) =>
  api.post<{ id: number; status: string }>(`/api/tasks/${id}/progress`, { status, evidence });
