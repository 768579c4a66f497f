import type { AuditEntry } from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: number;
  from?: string;
  to?: string;
}

export interface AuditSearch extends AuditFilter {
  page: number;
  pageSize: number;
}

export const auditKeys = {
  search: (search: AuditSearch) => ['audit', 'search', search] as const,
};

export function searchAudit(search: AuditSearch): Promise<{ items: AuditEntry[]; total: number }> {
  return api.get(withQuery('/api/audit', { ...search }));
}
