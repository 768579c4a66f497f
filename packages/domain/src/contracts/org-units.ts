import { z } from 'zod';
import { idParam, isoDate } from './common';
import { text } from './common';

export const orgUnitKinds = [
  'confederation',
  'provincial_federation',
  'central_industry_union',
  'corporation_union',
  'upper_union',
  'grassroots_union',
  'union_group',
] as const;
export type OrgUnitKind = (typeof orgUnitKinds)[number];

/** Subkinds allowed per kind (others have none). */
export const orgUnitSubkinds = {
  upper_union: ['commune_union', 'industrial_zone_union', 'local_industry_union', 'district_federation'],
  grassroots_union: ['enterprise', 'public_unit', 'nghiep_doan'],
} as const satisfies Partial<Record<OrgUnitKind, readonly string[]>>;
export const allSubkinds = [...orgUnitSubkinds.upper_union, ...orgUnitSubkinds.grassroots_union] as const;

export const sectors = ['state_enterprise', 'non_state', 'fdi', 'public_unit', 'cooperative'] as const;
export const adminVersions = ['2025-07-01', '2026-04-30', 'pre-2025'] as const;
export type AdminVersion = (typeof adminVersions)[number];

/** Mã số thuế: 10 digits, or 13 for a branch (10 + "-" + 3, the dash optional). */
export function normaliseTaxCode(value: string): string | null {
  const digits = value.replace(/[\s.-]/g, '');
  return /^\d{10}(\d{3})?$/.test(digits) ? digits : null;
}

export const orgUnit = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(orgUnitKinds),
  subkind: z.string().nullable(),
  parentId: z.number().nullable(),
  path: z.string(),
  depth: z.number(),
  childCount: z.number(),
  memberCount: z.number(),
  /** Active members in the unit's whole subtree today (member rollups): given with the roots. */
  subtreeMemberCount: z.number().nullable().optional(),
  foundedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
});
export type OrgUnit = z.infer<typeof orgUnit>;

export const orgUnitList = z.object({ items: z.array(orgUnit) });
/** Active members today in each child's whole subtree (member rollups), by child id. */
export const childrenMembersList = z.object({ items: z.array(z.object({ id: z.number(), members: z.number() })) });

export const orgUnitDetail = orgUnit.extend({
  adminVersion: z.string().nullable(),
  provinceCode: z.string().nullable(),
  provinceName: z.string().nullable(),
  districtCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  sector: z.string().nullable(),
  employerName: z.string().nullable(),
  employerTaxCode: z.string().nullable(),
  employerIndustry: z.string().nullable(),
  employerAddress: z.string().nullable(),
  employerWorkers: z.number().nullable(),
});
export type OrgUnitDetail = z.infer<typeof orgUnitDetail>;

const optionalText = (max: number) => text(max).nullable().optional();

/** Fields a person edits on a unit; the parent changes only through reorganisations. */
export const unitFields = z.object({
  name: text(300),
  shortName: optionalText(100),
  kind: z.enum(orgUnitKinds),
  subkind: z.enum(allSubkinds).nullable().optional(),
  adminVersion: z.enum(adminVersions).nullable().optional(),
  provinceCode: z.string().max(3).nullable().optional(),
  districtCode: z.string().max(3).nullable().optional(),
  communeCode: z.string().max(5).nullable().optional(),
  address: optionalText(500),
  phone: z
    .string()
    .regex(/^[0-9+ ().-]{8,20}$/)
    .nullable()
    .optional(),
  email: z.email().max(200).nullable().optional(),
  foundedOn: isoDate.nullable().optional(),
  sector: z.enum(sectors).nullable().optional(),
  employerName: optionalText(300),
  employerTaxCode: z.string().max(20).nullable().optional(),
  employerIndustry: optionalText(200),
  employerAddress: optionalText(500),
  employerWorkers: z.number().int().min(0).max(10_000_000).nullable().optional(),
});
export type UnitFields = z.infer<typeof unitFields>;

export const createUnitBody = unitFields.extend({ code: z.string().trim().min(2).max(40), parentId: z.number().int() });
export type CreateUnitBody = z.infer<typeof createUnitBody>;
export const updateUnitBody = unitFields.partial();
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;

export const asOfQuery = z.object({ asOf: isoDate.optional() });
export const searchQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** "true": units open today only (the form pickers); closed ones are found otherwise (the tree). */
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});
export const unitSearchHit = orgUnit.extend({
  parentName: z.string().nullable(),
  /** Names of the ancestors below the national root, top first (province, commune union, …). */
  ancestors: z.array(z.string()),
});
export type UnitSearchHit = z.infer<typeof unitSearchHit>;
export const searchResult = z.object({ items: z.array(unitSearchHit) });

export const subtreeCounts = z.object({
  asOf: z.string(),
  units: z.number(),
  byKind: z.record(z.string(), z.number()),
  bySector: z.record(z.string(), z.number()),
  members: z.number(),
});
export type SubtreeCounts = z.infer<typeof subtreeCounts>;

export const parentPeriod = z.object({
  parentId: z.number(),
  parentCode: z.string(),
  parentName: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  reorganizationId: z.number().nullable(),
});
export const unitTimeline = z.object({
  parents: z.array(parentPeriod),
  reorganizations: z.array(
    z.object({
      id: z.number(),
      operation: z.string(),
      effectiveOn: z.string(),
      status: z.string(),
      note: z.string().nullable(),
      undoOf: z.number().nullable(),
      undoneBy: z.number().nullable(),
      createdAt: z.string(),
    }),
  ),
});
export type UnitTimeline = z.infer<typeof unitTimeline>;

export const committeePositions = ['chair', 'vice_chair', 'standing_member', 'member'] as const;
export const committeeTerm = z.object({
  id: z.number(),
  label: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  members: z.array(
    z.object({
      id: z.number(),
      fullName: z.string(),
      position: z.enum(committeePositions),
      startsOn: z.string(),
      endsOn: z.string().nullable(),
    }),
  ),
});
export const committeeList = z.object({ items: z.array(committeeTerm) });
const termMember = z.object({
  fullName: text(200),
  position: z.enum(committeePositions),
  startsOn: isoDate.optional(),
  endsOn: isoDate.nullable().optional(),
});
export const createTermBody = z.object({
  label: text(40),
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  members: z.array(termMember).max(200),
});
export type CreateTermBody = z.infer<typeof createTermBody>;
/**
 * A term as it should now read: members with an `id` are kept and changed, members without one are
 * added, and the term's members left out are removed (a correction; a member who stepped down keeps
 * the row with an end date).
 */
export const updateTermBody = createTermBody.extend({
  members: z.array(termMember.extend({ id: z.number().int().positive().optional() })).max(200),
});
export type UpdateTermBody = z.infer<typeof updateTermBody>;
export const termParams = idParam.extend({ termId: idParam.shape.id });

export const adminUnitsQuery = z.object({
  version: z.enum(adminVersions),
  provinceCode: z.string().max(3).optional(),
});
export const adminUnitList = z.object({
  items: z.array(z.object({ code: z.string(), name: z.string(), provinceCode: z.string().nullable() })),
});

/**
 * Dashboard of a unit's subtree today (issue 7), from the member rollups. `members` and the gender and
 * sector breakdowns count active members; `byStatus` counts memberships of every status; units are
 * the open units below the unit (the unit itself excluded).
 */
export const unitDashboard = z.object({
  unitId: z.number(),
  members: z.number(),
  byStatus: z.record(z.string(), z.number()),
  byGender: z.record(z.string(), z.number()),
  bySector: z.record(z.string(), z.number()),
  units: z.number(),
  unitsByKind: z.record(z.string(), z.number()),
});
export type UnitDashboard = z.infer<typeof unitDashboard>;
