import { z } from 'zod';
import { fundingSources, handoutMethods } from './welfare';

// Contracts of welfare hand-outs, spending against budget and the programme's documents (issue 17, 5 and 9).

export const handoutDetail = z.object({
  nominationId: z.number(),
  method: z.enum(handoutMethods),
  amountVnd: z.number(),
  handedBy: z.string(),
  place: z.string().nullable(),
  handedOn: z.string(),
  eventId: z.number().nullable(),
  fundingId: z.number().nullable(),
  voucherCode: z.string().nullable(),
  note: z.string().nullable(),
  photoName: z.string().nullable(),
  signatureName: z.string().nullable(),
});
export type HandoutDetail = z.infer<typeof handoutDetail>;
export const handoutPartParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53),
  part: z.enum(['photo', 'signature']),
});

/** Optional narrowing of a programme's figures and documents to one unit's subtree. */
export const programmeUnitQuery = z.object({
  unitId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53)
    .optional(),
});

const unitFigures = z.object({
  unitId: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  /** 0 for the programme's owner, 1 for the units it gave quotas to, … */
  depth: z.number(),
  parentUnitId: z.number().nullable(),
  quotaCount: z.number(),
  budgetVnd: z.number(),
  /** The rest are for the unit's whole subtree. */
  nominated: z.number(),
  approved: z.number(),
  handedOut: z.number(),
  handedOutVnd: z.number(),
  /** VND handed out from each funding source, by source id. */
  bySource: z.record(z.string(), z.number()),
});
export type UnitFigures = z.infer<typeof unitFigures>;

export const programmeSpending = z.object({
  sources: z.array(
    z.object({
      id: z.number(),
      sourceKind: z.enum(fundingSources),
      sponsorName: z.string().nullable(),
      amountVnd: z.number(),
      spentVnd: z.number(),
      remainingVnd: z.number(),
    }),
  ),
  /** Hand-outs recorded before sources were named, or in a programme without sources. */
  unassignedVnd: z.number(),
  levels: z.array(
    z.object({
      depth: z.number(),
      units: z.number(),
      budgetVnd: z.number(),
      spentVnd: z.number(),
      remainingVnd: z.number(),
    }),
  ),
  units: z.array(unitFigures),
});
export type ProgrammeSpending = z.infer<typeof programmeSpending>;
