import type { AuditEntry, historyQuery, OrgUnit } from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export const orgKeys = {
  roots: ['org-units', 'roots'] as const,
  unit: (id: number) => ['org-units', id] as const,
  children: (id: number) => ['org-units', id, 'children'] as const,
  history: (id: number) => ['org-units', id, 'history'] as const,
};

export async function fetchRoots(): Promise<OrgUnit[]> {
  return (await api.get<{ items: OrgUnit[] }>('/api/org-units/roots')).items;
}

export function fetchUnit(id: number): Promise<OrgUnit> {
  return api.get<OrgUnit>(`/api/org-units/${id}`);
}

export async function fetchChildren(id: number): Promise<OrgUnit[]> {
  return (await api.get<{ items: OrgUnit[] }>(`/api/org-units/${id}/children`)).items;
}

/** Audit rows name the table they changed; the contract says which ones have a history view. */
const UNIT_ENTITY: (typeof historyQuery)['_output']['entityType'] = 'org_units';

export function fetchUnitHistory(id: number): Promise<{ items: AuditEntry[]; total: number }> {
  return api.get(withQuery('/api/audit/history', { entityType: UNIT_ENTITY, entityId: String(id) }));
}
