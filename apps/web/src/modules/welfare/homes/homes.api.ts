import type {
  CreateHomeBody,
  HomeApplication,
  HomeDetail,
  HomeStageBody,
  HomeSummary,
  MilestoneBody,
} from '@congdoan/domain';
import { api, withQuery } from '../../../api/client';

export const homeKeys = {
  list: (programmeId?: number) => ['welfare', 'homes', programmeId ?? 0] as const,
  one: (id: number) => ['welfare', 'home', id] as const,
};

export const stageColors: Record<string, string> = {
  application: '#8c8c8c',
  survey: '#13a8a8',
  approval: '#1677ff',
  funding: '#722ed1',
  ground_breaking: '#fa8c16',
  completion: '#a0d911',
  handover: '#52c41a',
  final_cost: '#237804',
};

export const fetchHomes = (programmeId?: number) =>
  api.get<{ items: HomeSummary[] }>(withQuery('/api/welfare/homes', { programmeId }));
export const fetchHome = (id: number) => api.get<HomeDetail>(`/api/welfare/homes/${id}`);
export const createHome = (body: CreateHomeBody) => api.post<{ id: number }>('/api/welfare/homes', body);
export const editHome = (id: number, body: HomeApplication) =>
  api.put<{ id: number }>(`/api/welfare/homes/${id}`, body);
export const moveStage = (id: number, body: HomeStageBody) =>
  api.post<{ id: number; stage: string }>(`/api/welfare/homes/${id}/stages`, body);
export const editStage = (id: number, body: HomeStageBody) =>
  api.put<{ id: number; stage: string }>(`/api/welfare/homes/${id}/stages`, body);
export const addMilestone = (id: number, body: MilestoneBody) =>
  api.post<{ id: number }>(`/api/welfare/homes/${id}/milestones`, body);
export const editMilestone = (id: number, milestoneId: number, body: MilestoneBody) =>
  api.put<{ id: number }>(`/api/welfare/homes/${id}/milestones/${milestoneId}`, body);
export const uploadPhoto = (id: number, file: File, stage: string, milestoneId?: number) =>
  api.upload<{ id: number }>(withQuery(`/api/welfare/homes/${id}/photos`, { stage, milestoneId }), file);
export const fetchCommunes = (provinceCode: string) =>
  api.get<{ items: { code: string; name: string }[] }>(
    withQuery('/api/admin-units', { version: '2025-07-01', provinceCode }),
  );
