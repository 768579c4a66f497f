import type {
  Dialogue,
  NotificationItem,
  PetitionCall,
  PetitionDetail,
  PetitionReport,
  PetitionSummary,
  CallTarget,
} from '@congdoan/domain';
import { api, withQuery, type QueryValue } from '../../api/client';

export type Topic = { id: number; code: string; name: string; active: boolean };
export type CallDetail = PetitionCall & { targets: CallTarget[]; canManage: boolean };
export type Similar = PetitionSummary & { score: number; sameTopic: boolean };
export type PetitionFields = {
  title: string;
  content: string;
  topicId: number;
  raisedBy: 'unit' | 'member' | 'anonymous' | 'staff';
  raiserName?: string | null;
  addresseeKind: 'authority' | 'employer' | 'union_above';
  addresseeName: string;
  affectedWorkers: number;
  identity?: { fullName: string; contact?: string | null; workplace?: string | null } | null;
};

export const petitionKeys = {
  all: ['petitions'] as const,
  topics: ['petitions', 'topics'] as const,
  list: (q: Record<string, QueryValue>) => ['petitions', 'list', q] as const,
  one: (id: number) => ['petitions', 'one', id] as const,
  similar: (id: number) => ['petitions', 'similar', id] as const,
  calls: ['petitions', 'calls'] as const,
  call: (id: number) => ['petitions', 'calls', id] as const,
  dialogues: ['petitions', 'dialogues'] as const,
  dialogue: (id: number) => ['petitions', 'dialogues', id] as const,
  report: (q: Record<string, QueryValue>) => ['petitions', 'report', q] as const,
  notifications: ['notifications'] as const,
};

export const fetchTopics = async () => (await api.get<{ items: Topic[] }>('/api/petition-topics')).items;
export const fetchPetitions = (q: Record<string, QueryValue>) =>
  api.get<{ items: PetitionSummary[]; total: number }>(withQuery('/api/petitions', q));
export const fetchPetition = (id: number) => api.get<PetitionDetail>(`/api/petitions/${id}`);
export const fetchIdentity = (id: number) =>
  api.get<{ fullName: string; contact: string | null; workplace: string | null }>(`/api/petitions/${id}/identity`);
export const fetchSimilar = async (id: number) =>
  (await api.get<{ items: Similar[] }>(`/api/petitions/${id}/similar`)).items;
export const createPetition = (body: PetitionFields & { unitId: number }) =>
  api.post<{ id: number }>('/api/petitions', body);
export const consolidate = (body: {
  unitId?: number;
  title: string;
  content: string;
  topicId: number;
  addresseeKind: string;
  addresseeName: string;
  petitionIds: number[];
}) => api.post<{ id: number }>('/api/petitions/consolidate', body);
export const unconsolidate = (id: number) =>
  api.post<{ petitionIds: number[] }>(`/api/petitions/${id}/unconsolidate`, {});
export const answerPetition = (id: number, body: Record<string, unknown>) =>
  api.post<PetitionDetail>(`/api/petitions/${id}/answer`, body);
export const changeStatus = (id: number, body: { status: string; note?: string | null }) =>
  api.post<PetitionDetail>(`/api/petitions/${id}/status`, body);
export const escalate = (id: number, note: string | null) =>
  api.post<PetitionDetail>(`/api/petitions/${id}/escalate`, { note });
export const uploadAttachment = (id: number, file: File) => api.upload(`/api/petitions/${id}/attachments`, file);

export const fetchCalls = async () => (await api.get<{ items: PetitionCall[] }>('/api/petition-calls')).items;
export const fetchCall = (id: number) => api.get<CallDetail>(`/api/petition-calls/${id}`);
export const createCall = (body: {
  unitId?: number;
  title: string;
  description?: string | null;
  deadline: string;
  targetUnitIds: number[];
}) => api.post<{ id: number }>('/api/petition-calls', body);
export const submitToCall = (id: number, body: { unitId: number; none: boolean; petitions: PetitionFields[] }) =>
  api.post<CallDetail>(`/api/petition-calls/${id}/submit`, body);
export const reopenCall = (id: number, deadline: string) =>
  api.post<CallDetail>(`/api/petition-calls/${id}/reopen`, { deadline });

export const fetchDialogues = async () => (await api.get<{ items: Dialogue[] }>('/api/dialogues')).items;
export const fetchDialogue = (id: number) => api.get<Dialogue>(`/api/dialogues/${id}`);
export const createDialogue = (body: Record<string, unknown>) => api.post<Dialogue>('/api/dialogues', body);
export const attachToDialogue = (id: number, petitionIds: number[]) =>
  api.post<Dialogue>(`/api/dialogues/${id}/petitions`, { petitionIds });
export const uploadMinutes = (id: number, file: File) => api.upload<Dialogue>(`/api/dialogues/${id}/minutes`, file);

export const fetchReport = (q: Record<string, QueryValue>) =>
  api.get<PetitionReport>(withQuery('/api/petition-reports/summary', q));

export const fetchNotifications = () => api.get<{ items: NotificationItem[]; unread: number }>('/api/notifications');
export const markRead = (id: number) => api.post(`/api/notifications/${id}/read`, {});
