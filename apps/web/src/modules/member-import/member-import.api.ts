import type { ImportRow, MemberImport, TextEncoding } from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export const importKeys = {
  one: (id: number) => ['member-imports', id] as const,
  rows: (id: number, params: Record<string, unknown>) => ['member-imports', id, 'rows', params] as const,
};

export const templateUrl = '/api/imports/template';

export const uploadImport = (unitId: number, file: File) =>
  api.upload<MemberImport>(withQuery('/api/imports', { unitId }), file);
export const fetchImport = (id: number) => api.get<MemberImport>(`/api/imports/${id}`);
export const chooseSheet = (id: number, sheetIndex: number) =>
  api.post<MemberImport>(`/api/imports/${id}/sheet`, { sheetIndex });
export const setImportEncoding = (id: number, encoding: TextEncoding | null) =>
  api.post<MemberImport>(`/api/imports/${id}/encoding`, { encoding });
export const checkImport = (
  id: number,
  body: { sheetIndex: number; headerRow: number; fields: (string | null)[]; admittedOn?: string },
) => api.post<MemberImport>(`/api/imports/${id}/check`, body);
export const fetchImportRows = (id: number, params: { filter: string; page: number; pageSize: number }) =>
  api.get<{ items: ImportRow[]; total: number }>(withQuery(`/api/imports/${id}/rows`, params));
export const setRowAction = (id: number, rowNo: number, action: string | null) =>
  api.post<ImportRow>(`/api/imports/${id}/rows/${rowNo}`, { action });
export const commitImport = (id: number, body: { mode: string; defaultAction?: string }) =>
  api.post<MemberImport>(`/api/imports/${id}/commit`, body);
export const exportMembers = (format: 'xlsx' | 'csv', filter: Record<string, unknown>) =>
  api.post<{ jobId: number }>('/api/members/exports', { format, filter });
