import type {
  AdmitMemberInput,
  AdmitResult,
  AuditEntry,
  CardView,
  MemberDetail,
  MemberSummary,
  PersonInput,
  TransferSummary,
  UnitPick,
} from '@congdoan/domain';
import { api, withQuery, type QueryValue } from '../../api/client';

export type MemberListParams = Record<string, QueryValue> & { page: number; pageSize: number };

export const memberKeys = {
  all: ['members'] as const,
  list: (params: MemberListParams) => ['members', 'list', params] as const,
  detail: (id: number) => ['members', id] as const,
  card: (id: number) => ['members', id, 'card'] as const,
  history: (id: number) => ['members', id, 'history'] as const,
  transfers: (direction: string, status: string) => ['members', 'transfers', direction, status] as const,
  targets: (unit: number, year: number) => ['members', 'targets', unit, year] as const,
  duplicates: ['members', 'duplicates'] as const,
};

export const fetchMembers = (
  params: MemberListParams,
): Promise<{ items: MemberSummary[]; total: number; totalExact: boolean }> =>
  api.get(withQuery('/api/members', params));
export const fetchMember = (id: number): Promise<MemberDetail> => api.get(`/api/members/${id}`);
export const fetchCard = (id: number): Promise<CardView> => api.get(`/api/members/${id}/card`);
export const fetchMemberHistory = (id: number): Promise<{ items: AuditEntry[]; total: number }> =>
  api.get(`/api/members/${id}/history`);
export const admitMember = (body: AdmitMemberInput): Promise<AdmitResult> => api.post('/api/members', body);
export const updatePerson = (
  id: number,
  body: { person: PersonInput; confirmCccdMismatch?: boolean },
): Promise<{ ok: true; warnings: string[] }> => api.put(`/api/members/${id}`, body);
export const transferMember = (
  id: number,
  body: { toUnitId: number; reason?: string | null },
): Promise<TransferSummary> => api.post(`/api/members/${id}/transfer`, body);
export const endMembership = (
  id: number,
  kind: 'leave' | 'remove' | 'deceased',
  body: { on: string; reason: string },
) => api.post<{ ok: true }>(`/api/members/${id}/${kind}`, body);
export const reinstateMember = (id: number, body: { on: string; reason?: string | null }) =>
  api.post<{ ok: true }>(`/api/members/${id}/reinstate`, body);
export const issueCard = (id: number, body: { reason?: string | null }) =>
  api.post<{ cardNumber: string; issuedOn: string }>(`/api/members/${id}/card`, body);
export const markOutstanding = (id: number, body: { year: number; note?: string | null }) =>
  api.post<{ ok: true }>(`/api/members/${id}/outstanding`, body);
export const recordPartyIntroduction = (id: number, body: { on: string; note?: string | null }) =>
  api.post<{ ok: true }>(`/api/members/${id}/party-introduction`, body);
export const fetchTransfers = (direction: string, status: string): Promise<{ items: TransferSummary[] }> =>
  api.get(withQuery('/api/members/transfers', { direction, status }));
export const decideTransfer = (id: number, decision: 'confirm' | 'refuse', reason?: string | null) =>
  api.post<TransferSummary>(`/api/members/transfers/${id}/${decision}`, { reason: reason ?? null });
export const fetchTransferTargets = (q: string, mine = false): Promise<{ items: UnitPick[] }> =>
  api.get(withQuery('/api/members/transfer-targets', { q, mine: mine ? 'true' : undefined }));
export type Progress = {
  unit: { id: number; code: string; name: string };
  year: number;
  targetNewMembers: number | null;
  targetNewUnions: number | null;
  newMembers: number;
  newUnions: number;
};
export const fetchTargets = (unit: number, year: number): Promise<{ total: Progress; children: Progress[] }> =>
  api.get(withQuery('/api/members/targets', { unit, year }));
export const setTarget = (body: { unitId: number; year: number; newMembers: number; newUnions: number }) =>
  api.post<{ ok: true }>('/api/members/targets', body);
export type DuplicateGroup = { reason: string; similarity: number | null; members: MemberSummary[] };
export const fetchDuplicates = (): Promise<{ items: DuplicateGroup[] }> => api.get('/api/members/duplicates');
export const mergeMembers = (body: { keepId: number; mergeId: number; reason?: string | null }) =>
  api.post<{ mergeId: number }>('/api/members/merges', body);
export const verifyCard = (
  so: string,
  ky: string,
): Promise<{ valid: boolean; fullName: string | null; unitName: string | null }> =>
  api.get(withQuery('/api/public/cards/verify', { so, ky }));
