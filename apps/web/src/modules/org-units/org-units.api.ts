import type {
  AuditEntry,
  BulkPreview,
  CreateTermBody,
  CreateUnitBody,
  historyQuery,
  OrgUnit,
  OrgUnitDetail,
  ReorganizationBody,
  ReorganizationResult,
  SubtreeCounts,
  UnitDashboard,
  UnitSearchHit,
  UnitTimeline,
  UpdateTermBody,
  UpdateUnitBody,
} from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export type CommitteeTerm = {
  id: number;
  label: string;
  startsOn: string;
  endsOn: string | null;
  members: { id: number; fullName: string; position: string; startsOn: string; endsOn: string | null }[];
};

export const orgKeys = {
  all: ['org-units'] as const,
  roots: ['org-units', 'roots'] as const,
  unit: (id: number) => ['org-units', id] as const,
  children: (id: number, asOf?: string) => ['org-units', id, 'children', asOf ?? 'today'] as const,
  childrenMembers: (id: number) => ['org-units', id, 'children-members'] as const,
  history: (id: number) => ['org-units', id, 'history'] as const,
  counts: (id: number, asOf?: string) => ['org-units', id, 'counts', asOf ?? 'today'] as const,
  dashboard: (id: number) => ['org-units', id, 'dashboard'] as const,
  timeline: (id: number) => ['org-units', id, 'timeline'] as const,
  committee: (id: number) => ['org-units', id, 'committee'] as const,
  search: (q: string, open = false) => ['org-units', 'search', q, open] as const,
  admin: (version: string, province?: string) => ['admin-units', version, province ?? ''] as const,
  bulk: (id: number) => ['bulk', id] as const,
};

export async function fetchRoots(): Promise<OrgUnit[]> {
  return (await api.get<{ items: OrgUnit[] }>('/api/org-units/roots')).items;
}

export function fetchUnit(id: number): Promise<OrgUnitDetail> {
  return api.get<OrgUnitDetail>(`/api/org-units/${id}`);
}

export async function fetchChildren(id: number, asOf?: string): Promise<OrgUnit[]> {
  return (await api.get<{ items: OrgUnit[] }>(withQuery(`/api/org-units/${id}/children`, { asOf }))).items;
}

/** Active members today in each child's whole subtree, by child id (a request apart: it costs more). */
export async function fetchChildrenMembers(id: number): Promise<Map<number, number>> {
  const { items } = await api.get<{ items: { id: number; members: number }[] }>(
    `/api/org-units/${id}/children/members`,
  );
  return new Map(items.map((f) => [f.id, f.members]));
}

/** Units by name (without diacritics) or code; `open`: units open today only (form pickers). */
export async function searchUnits(q: string, open = false): Promise<UnitSearchHit[]> {
  return (
    await api.get<{ items: UnitSearchHit[] }>(
      withQuery('/api/org-units/search', { q, open: open ? 'true' : undefined }),
    )
  ).items;
}

export const fetchCounts = (id: number, asOf?: string) =>
  api.get<SubtreeCounts>(withQuery(`/api/org-units/${id}/counts`, { asOf }));
export const fetchDashboard = (id: number) => api.get<UnitDashboard>(`/api/org-units/${id}/dashboard`);
export const fetchTimeline = (id: number) => api.get<UnitTimeline>(`/api/org-units/${id}/timeline`);
export const fetchCommittee = async (id: number) =>
  (await api.get<{ items: CommitteeTerm[] }>(`/api/org-units/${id}/committee`)).items;
export const createTerm = async (unitId: number, body: CreateTermBody) =>
  (await api.post<{ items: CommitteeTerm[] }>(`/api/org-units/${unitId}/committee`, body)).items;
export const updateTerm = async (unitId: number, termId: number, body: UpdateTermBody) =>
  (await api.put<{ items: CommitteeTerm[] }>(`/api/org-units/${unitId}/committee/${termId}`, body)).items;
export const createUnit = (body: CreateUnitBody) => api.post<OrgUnitDetail>('/api/org-units', body);
export const updateUnit = (id: number, body: UpdateUnitBody) => api.patch<OrgUnitDetail>(`/api/org-units/${id}`, body);
export const reorganize = (body: Omit<ReorganizationBody, 'dryRun'> & { dryRun: boolean }) =>
  api.post<ReorganizationResult>('/api/reorganizations', body);
export const undoReorganization = (id: number, effectiveOn: string) =>
  api.post<ReorganizationResult>(`/api/reorganizations/${id}/undo`, { effectiveOn });
export const fetchAdminUnits = async (version: string, provinceCode?: string) =>
  (await api.get<{ items: { code: string; name: string }[] }>(withQuery('/api/admin-units', { version, provinceCode })))
    .items;

export const uploadBulk = (unitId: number, effectiveOn: string, file: File) =>
  api.upload<BulkPreview>(withQuery('/api/bulk-reorganizations', { unitId, effectiveOn }), file);
export const fetchBulk = (id: number) => api.get<BulkPreview>(`/api/bulk-reorganizations/${id}`);
export const applyBulk = (id: number) => api.post<BulkPreview>(`/api/bulk-reorganizations/${id}/apply`, {});
export const proposalUrl = (unitId: number) => withQuery('/api/bulk-reorganizations/proposal', { unitId });

/** Audit rows name the table they changed; the contract says which ones have a history view. */
const UNIT_ENTITY: (typeof historyQuery)['_output']['entityType'] = 'org_units';

export function fetchUnitHistory(id: number): Promise<{ items: AuditEntry[]; total: number }> {
  return api.get(withQuery('/api/audit/history', { entityType: UNIT_ENTITY, entityId: String(id) }));
}
