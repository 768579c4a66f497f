import { AppError, Permission, type MemberDetail, type MembershipEntry, type TransferSummary } from '@congdoan/domain';
import { pathInScope, scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { mask, summaryColumns, summaryFrom, type SummaryRow } from './member-select';
import { selectTransfers } from './transfers.queries';

type DetailRow = SummaryRow & Omit<MemberDetail, keyof SummaryRow | 'personalDataVisible' | 'canWrite' | 'memberships'>;

/** One member: profile (personal fields masked without personal_data.read) and membership timeline. */
export async function getMember(ctx: Ctx, personId: number): Promise<MemberDetail> {
  const actor = requireActor(ctx);
  const { rows } = await ctx.pool.query<DetailRow>(
    `SELECT ${summaryColumns}, p.email, p.ethnicity, p.occupation, p.employer, p.education_level AS "educationLevel",
            p.nationality, p.passport_no AS "passportNo", p.merged_into_id::int AS "mergedIntoId",
            json_build_object('line', p.permanent_address, 'provinceCode', p.permanent_province_code,
              'communeCode', p.permanent_commune_code, 'codeVersion', p.permanent_code_version) AS "permanentAddress",
            json_build_object('line', p.current_address, 'provinceCode', p.current_province_code,
              'communeCode', p.current_commune_code, 'codeVersion', p.current_code_version) AS "currentAddress"
       FROM ${summaryFrom} WHERE p.id = $1 AND u.path <@ $2::ltree[]`,
    [personId, scopeFor(actor, Permission.MemberRead)],
  );
  const row = rows[0];
  if (!row) throw new AppError('MEMBER_NOT_FOUND', { id: personId });
  const { unitPath, ...detail } = row;
  const personal = unitPath !== null && pathInScope(unitPath, scopeFor(actor, Permission.PersonalDataRead));
  const canWrite = unitPath !== null && pathInScope(unitPath, scopeFor(actor, Permission.MemberWrite));
  const memberships = await membershipTimeline(ctx, personId);
  const emptyAddress = (a: MemberDetail['permanentAddress']) => (a && Object.values(a).some(Boolean) ? a : null);
  const base = {
    ...detail,
    permanentAddress: emptyAddress(detail.permanentAddress),
    currentAddress: emptyAddress(detail.currentAddress),
    personalDataVisible: personal,
    canWrite,
    memberships,
  };
  if (personal) return base;
  return {
    ...base,
    cccd: mask(base.cccd),
    oldIdNumber: mask(base.oldIdNumber),
    phone: mask(base.phone),
    email: base.email ? '***' : null,
    passportNo: mask(base.passportNo),
    permanentAddress: base.permanentAddress
      ? { line: '***', provinceCode: null, communeCode: null, codeVersion: null }
      : null,
    currentAddress: base.currentAddress
      ? { line: '***', provinceCode: null, communeCode: null, codeVersion: null }
      : null,
  };
}

/** Every membership of the person, newest first, with its transfers. */
async function membershipTimeline(ctx: Ctx, personId: number): Promise<MembershipEntry[]> {
  const { rows } = await ctx.pool.query<Omit<MembershipEntry, 'transfers'>>(
    `SELECT m.id::int AS id, json_build_object('id', u.id, 'code', u.code, 'name', u.name) AS unit,
            CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('id', g.id, 'code', g.code, 'name', g.name) END
              AS "unionGroup",
            to_char(m.admitted_on, 'YYYY-MM-DD') AS "admittedOn", m.admission_kind AS "admissionKind", m.status,
            to_char(m.status_on, 'YYYY-MM-DD') AS "statusOn", m.status_reason AS "statusReason",
            m.card_number AS "cardNumber", to_char(m.card_issued_on, 'YYYY-MM-DD') AS "cardIssuedOn",
            m.outstanding_year AS "outstandingYear", to_char(m.party_introduced_on, 'YYYY-MM-DD') AS "partyIntroducedOn"
       FROM memberships m JOIN org_units u ON u.id = m.unit_id LEFT JOIN org_units g ON g.id = m.union_group_id
      WHERE m.person_id = $1 ORDER BY m.admitted_on DESC, m.id DESC`,
    [personId],
  );
  const transfers = await selectTransfers(ctx.pool, 't.person_id = $1', [personId]);
  const byMembership = new Map<number, TransferSummary[]>();
  for (const tr of transfers) byMembership.set(tr.membershipId, [...(byMembership.get(tr.membershipId) ?? []), tr]);
  return rows.map((m) => ({ ...m, transfers: byMembership.get(m.id) ?? [] }));
}
