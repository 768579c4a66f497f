import { z } from 'zod';
import { isoDate, text } from './common';

// Contracts of Union Homes (Mái ấm Công đoàn, issue 17 item 6): a house's record, its stages, milestones, photos.

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 53);
/** Any number: the use cases refuse negative or fractional VND with WELFARE_AMOUNT_INVALID. */
const vnd = z.number().finite();

/** In order; a house's stage is the last one reached, and each move goes to the next one with its data. */
export const homeStages = [
  'application',
  'survey',
  'approval',
  'funding',
  'ground_breaking',
  'completion',
  'handover',
  'final_cost',
] as const;
export type HomeStage = (typeof homeStages)[number];
export const homeKinds = ['build', 'repair'] as const;

export const homeApplication = z.strictObject({
  kind: z.enum(homeKinds),
  familySituation: text(4000),
  appliedOn: isoDate,
  /** 2025 administrative codes (list version 2025-07-01). */
  provinceCode: z.string().regex(/^[0-9]{2}$/),
  communeCode: z.string().regex(/^[0-9]{5}$/),
  address: text(300),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type HomeApplication = z.infer<typeof homeApplication>;

/** A house for an approved beneficiary of a union_home programme: from a nomination, or a person named here. */
export const createHomeBody = homeApplication.extend({
  programmeId: id,
  nominationId: id.nullable().optional(),
  /** Without a nomination: the unit following the house and the beneficiary. */
  unitId: id.nullable().optional(),
  personId: id.nullable().optional(),
  fullName: text(200).nullable().optional(),
});
export type CreateHomeBody = z.infer<typeof createHomeBody>;

export const coFunder = z.strictObject({ name: text(300), amountVnd: vnd });

/** The data of one stage after the application; the same body moves to the stage or edits it. */
export const homeStageBody = z.discriminatedUnion('stage', [
  z.strictObject({
    stage: z.literal('survey'),
    surveyedOn: isoDate,
    surveyedBy: text(300),
    surveyFindings: text(4000),
    estimatedCostVnd: vnd,
  }),
  z.strictObject({
    stage: z.literal('approval'),
    approvedOn: isoDate,
    decisionNumber: text(100),
    approvedCostVnd: vnd,
  }),
  z.strictObject({
    stage: z.literal('funding'),
    unionVnd: vnd,
    coFunders: z.array(coFunder).max(20),
    familyVnd: vnd,
    otherVnd: vnd,
  }),
  z.strictObject({ stage: z.literal('ground_breaking'), startedOn: isoDate, startEventId: id.nullable().optional() }),
  z.strictObject({ stage: z.literal('completion'), completedOn: isoDate }),
  z.strictObject({ stage: z.literal('handover'), handedOn: isoDate, handoverEventId: id.nullable().optional() }),
  z.strictObject({ stage: z.literal('final_cost'), finalCostVnd: vnd, note: text(2000, 0).nullable().optional() }),
]);
export type HomeStageBody = z.infer<typeof homeStageBody>;

export const milestoneBody = z.strictObject({
  title: text(300),
  doneOn: isoDate,
  progressPercent: z.number().int().min(0).max(100),
  note: text(2000, 0).nullable().optional(),
});
export type MilestoneBody = z.infer<typeof milestoneBody>;

export const homePhotoQuery = z.object({
  stage: z.enum(homeStages),
  milestoneId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53)
    .optional(),
  caption: text(300, 0).optional(),
});

export const homeSummary = z.object({
  id: z.number(),
  programmeId: z.number(),
  programmeName: z.string(),
  nominationId: z.number().nullable(),
  unitId: z.number(),
  unitName: z.string(),
  fullName: z.string(),
  kind: z.enum(homeKinds),
  stage: z.enum(homeStages),
  provinceCode: z.string(),
  provinceName: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  address: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  approvedCostVnd: z.number().nullable(),
  finalCostVnd: z.number().nullable(),
  handedOn: z.string().nullable(),
});
export type HomeSummary = z.infer<typeof homeSummary>;
export const homeListQuery = z.object({
  programmeId: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 53)
    .optional(),
  provinceCode: z
    .string()
    .regex(/^[0-9]{2}$/)
    .optional(),
});
export const homeList = z.object({ items: z.array(homeSummary) });

export const homeDetail = homeSummary.extend({
  personId: z.number().nullable(),
  familySituation: z.string(),
  appliedOn: z.string(),
  surveyedOn: z.string().nullable(),
  surveyedBy: z.string().nullable(),
  surveyFindings: z.string().nullable(),
  estimatedCostVnd: z.number().nullable(),
  approvedOn: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  unionVnd: z.number().nullable(),
  coFunders: z.array(z.object({ name: z.string(), amountVnd: z.number() })),
  familyVnd: z.number().nullable(),
  otherVnd: z.number().nullable(),
  startedOn: z.string().nullable(),
  startEventId: z.number().nullable(),
  startEventTitle: z.string().nullable(),
  completedOn: z.string().nullable(),
  handoverEventId: z.number().nullable(),
  handoverEventTitle: z.string().nullable(),
  note: z.string().nullable(),
  milestones: z.array(
    z.object({
      id: z.number(),
      title: z.string(),
      doneOn: z.string(),
      progressPercent: z.number(),
      note: z.string().nullable(),
    }),
  ),
  photos: z.array(
    z.object({
      id: z.number(),
      stage: z.enum(homeStages),
      milestoneId: z.number().nullable(),
      fileName: z.string(),
      caption: z.string().nullable(),
    }),
  ),
  canEdit: z.boolean(),
});
export type HomeDetail = z.infer<typeof homeDetail>;
