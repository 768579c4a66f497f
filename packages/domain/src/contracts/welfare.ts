import { z } from 'zod';
import { isoDate, text } from './common';
import { tripTransports } from './welfare-trips';

// Contracts of the welfare module (chương trình chăm lo): programmes, quotas, nominations, hand-outs.

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 53);
/** Any number: the use cases refuse negative or fractional VND with their own code (WELFARE_AMOUNT_INVALID). */
const amount = z.number().finite();

export const welfareKinds = [
  'union_home',
  'tet_gift',
  'accident_illness',
  'hardship_visit',
  'tet_tickets',
  'tet_market_voucher',
  'scholarship',
  'other',
] as const;
export type WelfareKind = (typeof welfareKinds)[number];
export const benefitForms = ['cash', 'in_kind', 'voucher', 'ticket'] as const;
export const fundingSources = ['union_fund', 'social_fund', 'sponsor', 'co_funding', 'other'] as const;
export const nominationStatuses = [
  'draft',
  'submitted',
  'approved_at_level',
  'returned',
  'refused',
  'approved',
  'handed_out',
] as const;
export type NominationStatus = (typeof nominationStatuses)[number];
export const handoutMethods = ['cash', 'transfer', 'in_kind', 'voucher'] as const;

export const programmeBody = z.strictObject({
  unitId: id,
  kind: z.enum(welfareKinds),
  name: text(300),
  year: z.number().int().min(2000).max(2100),
  nominationFrom: isoDate,
  nominationTo: isoDate,
  handoutFrom: isoDate.nullable().optional(),
  handoutTo: isoDate.nullable().optional(),
  benefitForm: z.enum(benefitForms),
  benefitVnd: amount,
  benefitDescription: text(500, 0).nullable().optional(),
  /** The owner's quota: how many people and how much in total (whole and not negative: WELFARE_COUNT_INVALID). */
  totalCount: z.number().finite(),
  totalBudgetVnd: amount,
  eligibleStatuses: z
    .array(z.enum(['active', 'in_transit']))
    .min(1)
    .default(['active']),
  eligibleUnitId: id.nullable().optional(),
  hardshipCategories: z.array(text(100)).max(30).default([]),
  nonMembersAllowed: z.boolean().default(false),
  yearlyCapVnd: amount.nullable().optional(),
  yearlyCapMode: z.enum(['warn', 'block']).default('block'),
  campaignId: id.nullable().optional(),
  funding: z
    .array(
      z.strictObject({
        /** An existing source kept on edit (hand-outs draw on it); without it, matched by kind and sponsor. */
        id: id.nullable().optional(),
        sourceKind: z.enum(fundingSources),
        sponsorName: text(200, 0).nullable().optional(),
        amountVnd: amount,
      }),
    )
    .max(50)
    .default([]),
});
export type ProgrammeBody = z.input<typeof programmeBody>;

export const programmeSummary = z.object({
  id: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  kind: z.enum(welfareKinds),
  name: z.string(),
  year: z.number(),
  nominationFrom: z.string(),
  nominationTo: z.string(),
  benefitVnd: z.number(),
  totalCount: z.number(),
  totalBudgetVnd: z.number(),
  nominated: z.number(),
  approved: z.number(),
});
export type ProgrammeSummary = z.infer<typeof programmeSummary>;
export const programmeList = z.object({ items: z.array(programmeSummary) });

export const programmeDetail = programmeSummary.extend({
  handoutFrom: z.string().nullable(),
  handoutTo: z.string().nullable(),
  benefitForm: z.enum(benefitForms),
  benefitDescription: z.string().nullable(),
  eligibleStatuses: z.array(z.string()),
  eligibleUnitId: z.number().nullable(),
  hardshipCategories: z.array(z.string()),
  nonMembersAllowed: z.boolean(),
  yearlyCapVnd: z.number().nullable(),
  yearlyCapMode: z.enum(['warn', 'block']),
  campaignId: z.number().nullable(),
  /** The event whose registrations are members' own applications (null: no applications). */
  applicationEventId: z.number().nullable(),
  funding: z.array(
    z.object({
      id: z.number(),
      sourceKind: z.enum(fundingSources),
      sponsorName: z.string().nullable(),
      amountVnd: z.number(),
    }),
  ),
  canEdit: z.boolean(),
});
export type ProgrammeDetail = z.infer<typeof programmeDetail>;

export const quotaQuery = z.object({
  unitId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53)
    .optional(),
});
export const quotaRow = z.object({
  unitId: z.number(),
  unitName: z.string(),
  count: z.number(),
  budgetVnd: z.number(),
  /** Given further down plus nominated by the unit itself. */
  allocatedBelow: z.number(),
  nominated: z.number(),
  activeMembers: z.number(),
});
export type QuotaRow = z.infer<typeof quotaRow>;
export const quotaTable = z.object({
  unit: quotaRow,
  children: z.array(quotaRow.extend({ hasQuota: z.boolean() })),
});
export type QuotaTable = z.infer<typeof quotaTable>;
export const allocateQuotasBody = z.strictObject({
  parentUnitId: id,
  items: z
    .array(z.strictObject({ unitId: id, count: z.number().finite(), budgetVnd: amount }))
    .min(1)
    .max(500),
});
export const quotaProposalQuery = z.object({
  unitId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
  method: z.enum(['proportional', 'equal']),
});
export const quotaProposal = z.object({
  items: z.array(z.object({ unitId: z.number(), activeMembers: z.number(), count: z.number(), budgetVnd: z.number() })),
});

export const nominationBody = z.strictObject({
  unitId: id,
  personId: id.nullable().optional(),
  /** A non-member, where the programme allows it. */
  fullName: text(200).nullable().optional(),
  cccd: z
    .string()
    .regex(/^[0-9]{12}$/)
    .nullable()
    .optional(),
  phone: z
    .string()
    .regex(/^0[0-9]{9}$/)
    .nullable()
    .optional(),
  reason: text(2000),
  hardshipCategory: text(100).nullable().optional(),
  amountVnd: amount.nullable().optional(),
});
export const editNominationBody = z.strictObject({
  reason: text(2000),
  hardshipCategory: text(100).nullable().optional(),
  amountVnd: amount,
});
export const nominationRow = z.object({
  id: z.number(),
  programmeId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  personId: z.number().nullable(),
  fullName: z.string(),
  member: z.boolean(),
  reason: z.string(),
  hardshipCategory: z.string().nullable(),
  amountVnd: z.number(),
  status: z.enum(nominationStatuses),
  levelUnitId: z.number().nullable(),
  levelUnitName: z.string().nullable(),
  lastComment: z.string().nullable(),
  /** An official's nomination, a row of a nomination list, or a member's own application. */
  source: z.enum(['official', 'import', 'application']),
});
export type NominationRow = z.infer<typeof nominationRow>;
export const nominationList = z.object({ items: z.array(nominationRow) });
export const nominationCreated = z.object({ id: z.number(), capWarning: z.boolean() });
export const reviewBody = z.strictObject({
  decision: z.enum(['approve', 'return', 'refuse']),
  comment: text(2000, 0).nullable().optional(),
});
export const handoutBody = z.strictObject({
  method: z.enum(handoutMethods),
  amountVnd: amount.nullable().optional(),
  handedBy: text(200),
  place: text(300, 0).nullable().optional(),
  handedOn: isoDate,
  eventId: id.nullable().optional(),
  /** The funding source it draws on; none: the first of the programme's sources with enough left. */
  fundingId: id.nullable().optional(),
  /** The e-voucher code given (method voucher). */
  voucherCode: text(100, 0).nullable().optional(),
  note: text(1000, 0).nullable().optional(),
});
export const personBenefits = z.object({
  items: z.array(
    z.object({
      nominationId: z.number(),
      programmeId: z.number(),
      programmeName: z.string(),
      kind: z.enum(welfareKinds),
      year: z.number(),
      unitName: z.string(),
      amountVnd: z.number(),
      status: z.enum(nominationStatuses),
    }),
  ),
  /** Tickets home for Tết (a seat on a trip), which come by registration, not by nomination. */
  tickets: z.array(
    z.object({
      registrationId: z.number(),
      programmeId: z.number(),
      programmeName: z.string(),
      year: z.number(),
      unitName: z.string(),
      /** "Xe khách: TP. Hồ Chí Minh – Đông Hà, Quảng Trị". */
      tripTitle: z.string(),
      transport: z.enum(tripTransports),
      departsAt: z.string(),
      /** A seat held, or (waitlisted) waiting for one. */
      status: z.enum(['confirmed', 'waitlisted']),
      boarded: z.boolean(),
    }),
  ),
});
export type PersonBenefits = z.infer<typeof personBenefits>;
