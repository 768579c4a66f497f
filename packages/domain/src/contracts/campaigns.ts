import { z } from 'zod';
import { campaignKinds, indicatorKeys } from '../campaigns/indicators';
import { text, isoDate } from './common';

const id = z
  .number()
  .int()
  .positive()
  .max(2 ** 53);
const indicatorKey = z.enum(indicatorKeys);
export const indicatorValues = z.record(z.string(), z.number());

export const activityInput = z.strictObject({
  title: text(300),
  description: text(2000, 0).optional(),
  isModel: z.boolean().default(false),
  indicators: z.array(indicatorKey).max(indicatorKeys.length).default([]),
});
export type ActivityInput = z.input<typeof activityInput>;

export const createCampaignBody = z.strictObject({
  unitId: id,
  kind: z.enum(campaignKinds),
  title: text(300),
  year: z.number().int().min(2000).max(2100),
  startsOn: isoDate,
  endsOn: isoDate,
  reportDueOn: isoDate.nullable().optional(),
  themes: z.array(text(300)).min(1).max(10),
  activities: z.array(activityInput).max(50).default([]),
});
export type CreateCampaignInput = z.input<typeof createCampaignBody>;

/** Changing a plan (its issuing copy): a field left out stays; the copies below follow. */
export const updateCampaignBody = createCampaignBody
  .omit({ unitId: true, kind: true, activities: true })
  .partial()
  .strict();
export type UpdateCampaignInput = z.input<typeof updateCampaignBody>;

export const updateActivityBody = activityInput.partial().strict();
export type UpdateActivityInput = z.input<typeof updateActivityBody>;

export const issueCampaignBody = z
  .strictObject({
    unitIds: z.array(id).max(500).optional(),
    /** A whole level below: every unit of this kind in the issuer's subtree. */
    level: z.string().max(40).optional(),
  })
  .refine((b) => (b.unitIds?.length ?? 0) > 0 || !!b.level, { message: 'unitIds or level' });

export const reportActivityBody = z.strictObject({
  done: z.boolean(),
  doneOn: isoDate.nullable().optional(),
  // checked in the use case so a negative number gets its own Vietnamese message
  indicators: z.record(z.string(), z.number().int().max(Number.MAX_SAFE_INTEGER)).default({}),
  notes: text(4000, 0).nullable().optional(),
});
export type ReportActivityInput = z.input<typeof reportActivityBody>;

export const storedFile = z.object({ key: z.string(), fileName: z.string() });

export const activityReport = z.object({
  done: z.boolean(),
  doneOn: z.string().nullable(),
  indicators: indicatorValues,
  notes: z.string().nullable(),
  files: z.array(storedFile),
  reportedAt: z.string(),
});

export const campaignActivity = z.object({
  id: z.number(),
  title: z.string(),
  description: z.string().nullable(),
  isModel: z.boolean(),
  indicators: z.array(z.string()),
  inherited: z.boolean(),
  report: activityReport.nullable(),
});

export const campaignSummary = z.object({
  id: z.number(),
  unitId: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  parentId: z.number().nullable(),
  rootId: z.number(),
  issuedByName: z.string().nullable(),
  kind: z.enum(campaignKinds),
  title: z.string(),
  year: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  reportDueOn: z.string().nullable(),
  themes: z.array(z.string()),
  planFileName: z.string().nullable(),
  copies: z.number(),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type CampaignSummary = z.infer<typeof campaignSummary>;

export const campaignDetail = campaignSummary.extend({
  activities: z.array(campaignActivity),
});
export type CampaignDetail = z.infer<typeof campaignDetail>;

export const campaignList = z.object({ items: z.array(campaignSummary), total: z.number() });

export const campaignsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(campaignKinds).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});

export const rollupUnit = z.object({
  campaignId: z.number(),
  unitId: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  level: z.string(),
  activities: z.number(),
  reportedActivities: z.number(),
  reported: z.boolean(),
  percent: z.number(),
  late: z.boolean(),
  lastReportAt: z.string().nullable(),
  totals: indicatorValues,
});

export const campaignRollup = z.object({
  campaignId: z.number(),
  unitsIssued: z.number(),
  unitsReported: z.number(),
  percentComplete: z.number(),
  // the copy's own activities (its progress when nothing was issued below it)
  own: z.object({ activities: z.number(), reportedActivities: z.number() }),
  totals: indicatorValues,
  // copies below this one, by level (this copy itself is not counted, as in unitsIssued)
  byLevel: z.array(z.object({ level: z.string(), units: z.number(), reported: z.number(), totals: indicatorValues })),
  units: z.array(rollupUnit),
  late: z.array(z.object({ unitId: z.number(), unitName: z.string(), reportDueOn: z.string().nullable() })),
});
export type CampaignRollup = z.infer<typeof campaignRollup>;

export const issueResult = z.object({ created: z.number(), skipped: z.number() });
export const idOnly = z.object({ id: z.number() });
export { indicatorKey };
