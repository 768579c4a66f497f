import type { DashboardChart, DashboardView } from '@congdoan/domain';
import { api, withQuery } from '../../../api/client';

export type DashboardQuery = { year?: number; indicator?: string };

export const dashboardKeys = {
  view: (unitId: number, q: DashboardQuery) => ['dashboards', unitId, q.year ?? 0, q.indicator ?? ''] as const,
};

export const fetchDashboard = (unitId: number, q: DashboardQuery) =>
  api.get<DashboardView>(withQuery(`/api/dashboards/${unitId}`, q));
export const chartXlsxUrl = (unitId: number, chart: DashboardChart, q: DashboardQuery) =>
  withQuery(`/api/dashboards/${unitId}/charts/${chart}.xlsx`, q);
export const saveTarget = (unitId: number, body: { year: number; indicator: string; target: number }) =>
  api.put<{ id: number }>(`/api/dashboards/${unitId}/targets`, body);
export const refreshNow = (unitId: number) => api.post<{ jobId: number }>(`/api/dashboards/${unitId}/refresh`);
