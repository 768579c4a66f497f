import type {
  ActivityInput,
  CampaignDetail,
  CampaignRollup,
  CampaignSummary,
  CreateCampaignInput,
  ReportActivityInput,
  UpdateActivityInput,
  UpdateCampaignInput,
} from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export const campaignKeys = {
  all: ['campaigns'] as const,
  list: (q: Record<string, unknown>) => ['campaigns', 'list', q] as const,
  one: (id: number) => ['campaigns', id] as const,
  rollup: (id: number) => ['campaigns', id, 'rollup'] as const,
};

export const fetchCampaigns = (q: { year?: number; kind?: string; unitId?: number }) =>
  api.get<{ items: CampaignSummary[]; total: number }>(withQuery('/api/campaigns', q));
export const fetchCampaign = (id: number) => api.get<CampaignDetail>(`/api/campaigns/${id}`);
export const fetchRollup = (id: number) => api.get<CampaignRollup>(`/api/campaigns/${id}/rollup`);
export const createCampaign = (body: CreateCampaignInput) => api.post<CampaignDetail>('/api/campaigns', body);
export const updateCampaign = (id: number, body: UpdateCampaignInput) =>
  api.patch<CampaignDetail>(`/api/campaigns/${id}`, body);
export const cancelCampaign = (id: number, reason: string) =>
  api.post<CampaignDetail>(`/api/campaigns/${id}/cancel`, { reason });
export const updateActivity = (id: number, activityId: number, body: UpdateActivityInput) =>
  api.patch<CampaignDetail>(`/api/campaigns/${id}/activities/${activityId}`, body);
export const issueCampaign = (id: number, body: { unitIds?: number[]; level?: string }) =>
  api.post<{ created: number; skipped: number }>(`/api/campaigns/${id}/issue`, body);
export const addActivity = (id: number, body: ActivityInput) =>
  api.post<CampaignDetail>(`/api/campaigns/${id}/activities`, body);
export const removeActivity = (id: number, activityId: number) =>
  api.delete<CampaignDetail>(`/api/campaigns/${id}/activities/${activityId}`);
export const reportActivity = (id: number, activityId: number, body: ReportActivityInput) =>
  api.put<CampaignDetail>(`/api/campaigns/${id}/activities/${activityId}/report`, body);
export const uploadReportFile = (id: number, activityId: number, file: File) =>
  api.upload<{ ok: true }>(`/api/campaigns/${id}/activities/${activityId}/files`, file);
export const uploadPlan = (id: number, file: File) => api.upload<{ ok: true }>(`/api/campaigns/${id}/plan`, file);
