import type {
  HandoutDetail,
  MemberImport,
  NominationRow,
  PersonBenefits,
  ProgrammeBody,
  ProgrammeDetail,
  ProgrammeSpending,
  ProgrammeSummary,
  QuotaTable,
} from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export const welfareKeys = {
  all: ['welfare'] as const,
  list: ['welfare', 'list'] as const,
  one: (id: number) => ['welfare', id] as const,
  quotas: (id: number, unitId?: number) => ['welfare', id, 'quotas', unitId ?? 0] as const,
  nominations: (id: number) => ['welfare', id, 'nominations'] as const,
  benefits: (personId: number) => ['welfare', 'benefits', personId] as const,
};

export type QuotaItem = { unitId: number; count: number; budgetVnd: number };

export const fetchProgrammes = () => api.get<{ items: ProgrammeSummary[] }>('/api/welfare/programmes');
export const fetchProgramme = (id: number) => api.get<ProgrammeDetail>(`/api/welfare/programmes/${id}`);
export const createProgramme = (body: ProgrammeBody) => api.post<{ id: number }>('/api/welfare/programmes', body);
export const updateProgramme = (id: number, body: ProgrammeBody) =>
  api.put<{ id: number }>(`/api/welfare/programmes/${id}`, body);
export const fetchQuotas = (id: number, unitId?: number) =>
  api.get<QuotaTable>(withQuery(`/api/welfare/programmes/${id}/quotas`, unitId ? { unitId } : {}));
export const fetchProposal = (id: number, unitId: number, method: 'proportional' | 'equal') =>
  api.get<{ items: (QuotaItem & { activeMembers: number })[] }>(
    withQuery(`/api/welfare/programmes/${id}/quota-proposal`, { unitId, method }),
  );
export const allocateQuotas = (id: number, parentUnitId: number, items: QuotaItem[]) =>
  api.put<QuotaTable>(`/api/welfare/programmes/${id}/quotas`, { parentUnitId, items });
export const fetchNominations = (id: number) =>
  api.get<{ items: NominationRow[] }>(`/api/welfare/programmes/${id}/nominations`);
export type NominationInput = {
  unitId: number;
  personId?: number | null;
  fullName?: string | null;
  cccd?: string | null;
  phone?: string | null;
  reason: string;
  hardshipCategory?: string | null;
  amountVnd?: number | null;
};
export const nominate = (id: number, body: NominationInput) =>
  api.post<{ id: number; capWarning: boolean }>(`/api/welfare/programmes/${id}/nominations`, body);
export const editNomination = (
  id: number,
  body: { reason: string; hardshipCategory?: string | null; amountVnd: number },
) => api.put<{ id: number; capWarning: boolean }>(`/api/welfare/nominations/${id}`, body);
export const submitNomination = (id: number) => api.post<{ id: number }>(`/api/welfare/nominations/${id}/submit`);
export const reviewNomination = (id: number, decision: 'approve' | 'return' | 'refuse', comment?: string) =>
  api.post<{ id: number; status: string }>(`/api/welfare/nominations/${id}/review`, { decision, comment });
export const recordHandout = (id: number, body: HandoutInput) =>
  api.post<{ id: number; status: string }>(`/api/welfare/nominations/${id}/handout`, body);
export const fetchBenefits = (personId: number) => api.get<PersonBenefits>(`/api/welfare/persons/${personId}/benefits`);

// Hand-outs, spending and documents (handouts.routes.ts).
export type HandoutInput = {
  method: string;
  amountVnd?: number | null;
  handedBy: string;
  place?: string | null;
  handedOn: string;
  eventId?: number | null;
  fundingId?: number | null;
  voucherCode?: string | null;
  note?: string | null;
};
export const handoutKey = (id: number) => ['welfare', 'handout', id] as const;
export const spendingKey = (id: number) => ['welfare', id, 'spending'] as const;
export const fetchHandout = (id: number) => api.get<HandoutDetail>(`/api/welfare/nominations/${id}/handout`);
export const editHandout = (id: number, body: HandoutInput) =>
  api.put<{ id: number; status: string }>(`/api/welfare/nominations/${id}/handout`, body);
export const uploadHandoutFile = (id: number, part: 'photo' | 'signature', file: File) =>
  api.upload<{ ok: true }>(`/api/welfare/nominations/${id}/handout/${part}`, file);
export const handoutFileUrl = (id: number, part: 'photo' | 'signature') =>
  `/api/welfare/nominations/${id}/handout/${part}`;
export const fetchSpending = (id: number) => api.get<ProgrammeSpending>(`/api/welfare/programmes/${id}/spending`);
export const documentUrl = (id: number, file: string) => `/api/welfare/programmes/${id}/${file}`;
// Bulk nomination: upload, check and commit here; the steps between are the member import's (/api/imports/{id}).
export const uploadNominationList = (programmeId: number, unitId: number, file: File) =>
  api.upload<MemberImport>(withQuery(`/api/welfare/programmes/${programmeId}/imports`, { unitId }), file);
export const checkNominationList = (imp: MemberImport, fields: (string | null)[]) =>
  api.post<MemberImport>(`/api/welfare/imports/${imp.id}/check`, {
    sheetIndex: imp.sheetIndex,
    headerRow: imp.headerRow,
    fields,
  });
export const commitNominationList = (id: number) => api.post<MemberImport>(`/api/welfare/imports/${id}/commit`);

export type NominationFile = {
  id: number;
  fileName: string;
  fileKind: string;
  sizeBytes: number;
  note: string | null;
  createdBy: string | null;
  createdAt: string;
};
export const fetchNominationFiles = (id: number) =>
  api.get<{ items: NominationFile[] }>(`/api/welfare/nominations/${id}/files`);
export const attachNominationFile = (id: number, file: File) =>
  api.upload<{ id: number }>(`/api/welfare/nominations/${id}/files`, file);
export const removeNominationFile = (id: number, fileId: number) =>
  api.delete<{ id: number }>(`/api/welfare/nominations/${id}/files/${fileId}`);
export const nominationFileUrl = (id: number, fileId: number) => `/api/welfare/nominations/${id}/files/${fileId}`;

// Members' own applications through an event's registrations.
export const linkApplicationEvent = (programmeId: number, eventId: number | null) =>
  api.put<{ id: number; applicationEventId: number | null }>(
    `/api/welfare/programmes/${programmeId}/application-event`,
    { eventId },
  );
export const collectApplications = (programmeId: number) =>
  api.post<{ created: number; skipped: { registrationId: number; fullName: string; code: string }[] }>(
    `/api/welfare/programmes/${programmeId}/applications`,
  );
