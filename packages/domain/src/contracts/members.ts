import { z } from 'zod';
import { normaliseCccd } from '../members/cccd';
import { normaliseOldId } from '../members/old-id';
import { parsePartialIso } from '../partial-date';
import { normaliseName } from '../members/names';
import { normalisePhone } from '../members/phone';
import { text, isoDate } from './common';

export const genders = ['male', 'female'] as const;
export const membershipStatuses = ['active', 'in_transit', 'transferred_out', 'left', 'removed', 'deceased'] as const;
export type MembershipStatus = (typeof membershipStatuses)[number];
/** Statuses that count as "holding a membership": at most one per person (partial unique index). */
export const openMembershipStatuses: readonly MembershipStatus[] = ['active', 'in_transit'];

const optionalText = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((v) => v.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .transform((v) => (v === '' ? null : v))
    .nullish();

const name = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform(normaliseName)
    .pipe(z.string().max(max));

/** CCCD as typed: separators removed (zeros restored only from a JSON number: text is taken as written); 12 digits. */
export const cccdField = z
  .union([z.string().max(40), z.number()])
  .transform((v) => normaliseCccd(v).value)
  .pipe(z.string().regex(/^\d{12}$/, { message: 'cccd' }));

/** Old ID number (CMND) as typed, separators removed; must then be 9 digits (12 digits is a CCCD). */
export const oldIdField = z
  .union([z.string().max(40), z.number()])
  .transform((v) => normaliseOldId(v).value)
  .pipe(z.string().regex(/^\d{9}$/, { message: 'old_id' }));

/**
 * A date as precise as it is known: "1992", "1990-03" or "1990-03-15" (ISO 8601 reduced precision),
 * from 1900. Birth dates are often known to the year only; inventing 1 January would corrupt the record.
 */
export const partialDate = z
  .string()
  .max(10)
  .refine((v) => parsePartialIso(v) !== null && v >= '1900' && v <= '2100', { message: 'date' });

/** Mobile phone as typed, normalised to 10 digits (0xxxxxxxxx). */
export const phoneField = z.union([z.string().max(40), z.number()]).transform((v, c) => {
  const p = normalisePhone(v, { typed: true });
  if (!p) {
    c.addIssue({ code: 'custom', message: 'phone' });
    return z.NEVER;
  }
  return p.value;
});

export const address = z.strictObject({
  line: optionalText(300),
  provinceCode: optionalText(10),
  communeCode: optionalText(10),
  /** Which administrative list the codes belong to (codes are reused across versions), e.g. "2025". */
  codeVersion: optionalText(20),
});
export type Address = z.infer<typeof address>;
/** An address as the API answers it. Not `address`: its transforms cannot encode a response (ZodEncodeError). */
export const addressView = z.object({
  line: z.string().nullable(),
  provinceCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  codeVersion: z.string().nullable(),
});

/** A person's fields as entered (form, API, import). Either fullName or the parts. */
export const personInput = z
  .strictObject({
    fullName: name(200).optional(),
    familyName: name(80).optional(),
    middleName: name(80).optional(),
    givenName: name(80).optional(),
    gender: z.enum(genders).nullish(),
    /** "1992", "1990-03" or "1990-03-15". */
    birthDate: partialDate.nullish(),
    cccd: cccdField.nullish(),
    oldIdNumber: oldIdField.nullish(),
    phone: phoneField.nullish(),
    email: z.email().max(200).toLowerCase().nullish(),
    ethnicity: optionalText(50),
    permanentAddress: address.nullish(),
    currentAddress: address.nullish(),
    occupation: optionalText(200),
    employer: optionalText(300),
    educationLevel: optionalText(100),
    /** ISO 3166 alpha-2; VN when absent. */
    nationality: z
      .string()
      .regex(/^[A-Za-z]{2}$/)
      .transform((v) => v.toUpperCase())
      .nullish(),
    passportNo: optionalText(30),
  })
  .refine((p) => Boolean(p.fullName || p.givenName), { message: 'name', path: ['fullName'] });
export type PersonInput = z.infer<typeof personInput>;

export const admitMemberBody = z
  .strictObject({
    /** Re-admit someone already known (e.g. after leaving); otherwise `person` creates them. */
    personId: z.number().int().positive().optional(),
    person: personInput.optional(),
    unitId: z.number().int().positive(),
    unionGroupId: z.number().int().positive().nullish(),
    admittedOn: isoDate,
    cardNumber: optionalText(40),
    /** The officer confirms a CCCD that disagrees with birth year / gender. */
    confirmCccdMismatch: z.boolean().optional(),
  })
  .refine((b) => (b.personId === undefined) !== (b.person === undefined), {
    message: 'personId or person',
    path: ['person'],
  });
export type AdmitMemberInput = z.infer<typeof admitMemberBody>;

export const admitManyBody = z.strictObject({ members: z.array(admitMemberBody).min(1).max(500) });

export const unitRef = z.object({ id: z.number(), code: z.string(), name: z.string() });

export const memberSummary = z.object({
  id: z.number(),
  membershipId: z.number().nullable(),
  fullName: z.string(),
  familyName: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  gender: z.enum(genders).nullable(),
  /** As precise as known: "1992", "1990-03" or "1990-03-15" (show with formatPartialDateVN). */
  birthDate: z.string().nullable(),
  /** Masked ("*********123") without personal_data.read on the member's unit. */
  cccd: z.string().nullable(),
  /** Old 9-digit ID number (CMND); masked like the CCCD. */
  oldIdNumber: z.string().nullable(),
  phone: z.string().nullable(),
  status: z.enum(membershipStatuses).nullable(),
  admittedOn: z.string().nullable(),
  cardNumber: z.string().nullable(),
  unit: unitRef.nullable(),
});
export type MemberSummary = z.infer<typeof memberSummary>;

export const memberList = z.object({
  items: z.array(memberSummary),
  /** The number of matches, or — when `totalExact` is false — a lower bound ("ít nhất 10.000"): at national
   * scale an exact count of a common name is too slow to give with every page. */
  total: z.number(),
  totalExact: z.boolean(),
});

export const memberSorts = ['name', '-name', 'admittedOn', '-admittedOn', 'birthDate', '-birthDate'] as const;

export const memberListQuery = z.object({
  q: z.string().max(100).optional(),
  unit: z.coerce.number().int().positive().optional(),
  status: z.enum([...membershipStatuses, 'all']).default('active'),
  gender: z.enum(genders).optional(),
  ageFrom: z.coerce.number().int().min(0).max(120).optional(),
  ageTo: z.coerce.number().int().min(0).max(120).optional(),
  /** The grassroots union's sector (org_units.subkind: enterprise, public_unit, nghiep_doan…). */
  sector: z.string().max(40).optional(),
  admittedYear: z.coerce.number().int().min(1900).max(2100).optional(),
  card: z.enum(['issued', 'none']).optional(),
  sort: z.enum(memberSorts).default('name'),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type MemberListQuery = z.infer<typeof memberListQuery>;

export const transferSummary = z.object({
  id: z.number(),
  membershipId: z.number(),
  personId: z.number(),
  fullName: z.string(),
  fromUnit: unitRef,
  toUnit: unitRef,
  status: z.enum(['pending', 'confirmed', 'refused', 'cancelled']),
  requestedOn: z.string(),
  reason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
export type TransferSummary = z.infer<typeof transferSummary>;

export const membershipEntry = z.object({
  id: z.number(),
  unit: unitRef,
  unionGroup: unitRef.nullable(),
  admittedOn: z.string(),
  admissionKind: z.enum(['new', 'transfer', 'reinstatement']),
  status: z.enum(membershipStatuses),
  statusOn: z.string().nullable(),
  statusReason: z.string().nullable(),
  cardNumber: z.string().nullable(),
  cardIssuedOn: z.string().nullable(),
  outstandingYear: z.number().nullable(),
  partyIntroducedOn: z.string().nullable(),
  transfers: z.array(transferSummary),
});
export type MembershipEntry = z.infer<typeof membershipEntry>;

export const memberDetail = memberSummary.extend({
  email: z.string().nullable(),
  ethnicity: z.string().nullable(),
  permanentAddress: addressView.nullable(),
  currentAddress: addressView.nullable(),
  occupation: z.string().nullable(),
  employer: z.string().nullable(),
  educationLevel: z.string().nullable(),
  nationality: z.string(),
  passportNo: z.string().nullable(),
  mergedIntoId: z.number().nullable(),
  personalDataVisible: z.boolean(),
  canWrite: z.boolean(),
  memberships: z.array(membershipEntry),
});
export type MemberDetail = z.infer<typeof memberDetail>;

export const transferBody = z.strictObject({
  toUnitId: z.number().int().positive(),
  requestedOn: isoDate.optional(),
  reason: optionalText(500),
});
export const decisionBody = z.strictObject({ reason: optionalText(500) });
export const statusChangeBody = z.strictObject({ on: isoDate, reason: text(500) });
export const reinstateBody = z.strictObject({ on: isoDate, reason: optionalText(500) });
export const issueCardBody = z.strictObject({ reason: optionalText(200), issuedOn: isoDate.optional() });
export const outstandingBody = z.strictObject({ year: z.number().int().min(1950).max(2100), note: optionalText(500) });
export const partyIntroductionBody = z.strictObject({ on: isoDate, note: optionalText(500) });

export const cardView = z.object({
  membershipId: z.number(),
  cardNumber: z.string(),
  issuedOn: z.string(),
  fullName: z.string(),
  birthDate: z.string().nullable(),
  unitName: z.string(),
  federationName: z.string().nullable(),
  verifyUrl: z.string(),
});
export type CardView = z.infer<typeof cardView>;

export const cardVerification = z.object({
  valid: z.boolean(),
  fullName: z.string().nullable(),
  unitName: z.string().nullable(),
});

export const cardSchemeBody = z.strictObject({
  pattern: z
    .string()
    .max(60)
    .regex(/\{SEQ:(?:[4-9]|10)\}/, { message: 'pattern' }),
});
export const cardScheme = z.object({
  unitId: z.number(),
  pattern: z.string(),
  nextSeq: z.number(),
  example: z.string(),
});

export const duplicateGroup = z.object({
  reason: z.enum(['same_cccd', 'same_old_id', 'same_name_dob', 'similar_name']),
  similarity: z.number().nullable(),
  members: z.array(memberSummary),
});
export const duplicateReport = z.object({ items: z.array(duplicateGroup) });

export const mergeBody = z.strictObject({
  keepId: z.number().int().positive(),
  mergeId: z.number().int().positive(),
  reason: optionalText(500),
});
export const mergeResult = z.object({ mergeId: z.number(), keptId: z.number(), mergedId: z.number() });

export const targetBody = z.strictObject({
  unitId: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
  newMembers: z.number().int().min(0).max(100_000_000),
  newUnions: z.number().int().min(0).max(10_000_000),
});
export const targetProgress = z.object({
  unit: unitRef,
  year: z.number(),
  targetNewMembers: z.number().nullable(),
  targetNewUnions: z.number().nullable(),
  newMembers: z.number(),
  newUnions: z.number(),
});
export const targetReport = z.object({ total: targetProgress, children: z.array(targetProgress) });
export const targetQuery = z.object({
  unit: z.coerce.number().int().positive(),
  year: z.coerce.number().int().min(2000).max(2100),
});

export const transferListQuery = z.object({
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: z.enum(['pending', 'confirmed', 'refused', 'cancelled']).default('pending'),
});
export const transferList = z.object({ items: z.array(transferSummary) });

export const admitResult = z.object({ id: z.number(), membershipId: z.number(), warnings: z.array(z.string()) });
export type AdmitResult = z.infer<typeof admitResult>;
export const admitManyResult = z.object({ items: z.array(admitResult) });

export const updatePersonBody = z.strictObject({ person: personInput, confirmCccdMismatch: z.boolean().optional() });
export const updatePersonResult = z.object({ ok: z.literal(true), warnings: z.array(z.string()) });
export const issuedCard = z.object({ cardNumber: z.string(), issuedOn: z.string() });
export const unitSearchQuery = z.object({
  q: z.string().max(100).optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
/** A grassroots union to pick, with its ancestors' names (province › commune union) to tell it apart. */
export const unitPick = unitRef.extend({ ancestors: z.array(z.string()) });
export type UnitPick = z.infer<typeof unitPick>;
export const unitRefList = z.object({ items: z.array(unitPick) });
export const cardVerifyQuery = z.object({ so: z.string().max(60), ky: z.string().max(64) });
