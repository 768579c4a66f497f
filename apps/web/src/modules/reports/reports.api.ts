import type { Completeness, FigureRows, ReportView, SaveReportInput } from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export const reportKeys = {
  all: ['reports'] as const,
  assignments: ['reports', 'assignments'] as const,
  forms: ['reports', 'forms'] as const,
  report: (assignmentId: number, unitId: number) => ['reports', assignmentId, 'unit', unitId] as const,
  figureRows: (assignmentId: number, unitId: number, key: string, page: number) =>
    ['reports', assignmentId, 'unit', unitId, 'rows', key, page] as const,
  completeness: (assignmentId: number, unitId?: number) =>
    ['reports', assignmentId, 'completeness', unitId ?? 0] as const,
};

export type AssignmentRow = {
  id: number;
  formName: string;
  unitName: string;
  periodLabel: string;
  deadline: string;
  mine: { unitId: number; unitName: string; status: ReportView['status'] }[];
  toReview: number;
};
export type FormRow = { id: number; name: string; version: number; frequency: string };

export const fetchAssignments = () => api.get<{ items: AssignmentRow[] }>('/api/reports/assignments');
export const fetchForms = () => api.get<{ items: FormRow[] }>('/api/reports/forms');
export const assign = (body: {
  formId: number;
  unitId: number;
  periodFrom: string;
  periodTo: string;
  periodLabel: string;
  deadline: string;
}) => api.post<{ id: number }>('/api/reports/assignments', body);
const unitUrl = (assignmentId: number, unitId: number) => `/api/reports/assignments/${assignmentId}/units/${unitId}`;
export const fetchReport = (assignmentId: number, unitId: number) => api.get<ReportView>(unitUrl(assignmentId, unitId));
export const saveDraft = (assignmentId: number, unitId: number, body: SaveReportInput) =>
  api.put<{ id: number; status: string }>(unitUrl(assignmentId, unitId), body);
export const submitReport = (assignmentId: number, unitId: number, body: SaveReportInput) =>
  api.post<{ id: number; status: string }>(`${unitUrl(assignmentId, unitId)}/submit`, body);
export const reviewReport = (submissionId: number, decision: 'approve' | 'return' | 'reopen', comment?: string) =>
  api.post<{ id: number; status: string }>(`/api/reports/submissions/${submissionId}/review`, { decision, comment });
export const fetchCompleteness = (assignmentId: number, unitId?: number) =>
  api.get<Completeness>(withQuery(`/api/reports/assignments/${assignmentId}/completeness`, { unitId }));
export const fetchFigureRows = (assignmentId: number, unitId: number, key: string, page: number) =>
  api.get<FigureRows>(withQuery(`${unitUrl(assignmentId, unitId)}/indicators/${key}/rows`, { page }));
