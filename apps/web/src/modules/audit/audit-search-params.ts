import type { AuditSearch } from './audit.api';

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function positive(value: string | null): number | undefined {
  const n = Number(value);
  return value && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, 64) : undefined;
}

/** The audit search lives in the URL, so a search can be bookmarked and shared. */
export function readAuditSearch(params: URLSearchParams): AuditSearch {
  const from = params.get('from');
  const to = params.get('to');
  return {
    entityType: text(params.get('entityType')),
    entityId: text(params.get('entityId')),
    action: text(params.get('action')),
    actorId: positive(params.get('actorId')),
    from: from && isoDate.test(from) ? from : undefined,
    to: to && isoDate.test(to) ? to : undefined,
    page: positive(params.get('page')) ?? 1,
    pageSize: Math.min(positive(params.get('pageSize')) ?? DEFAULT_AUDIT_PAGE_SIZE, 200),
  };
}

export function writeAuditSearch(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === DEFAULT_AUDIT_PAGE_SIZE) continue;
    params.set(key, String(value));
  }
  return params;
}
