import { z } from 'zod';

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
});
export type OrgUnit = z.infer<typeof orgUnit>;

export const orgUnitList = z.object({ items: z.array(orgUnit) });
