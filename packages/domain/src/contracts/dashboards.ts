import { z } from 'zod';

// Contracts of the dashboards (bảng điều khiển, reports module): figures read from the quarterly snapshots.

const id = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 53);
const indicatorKey = z.string().regex(/^[a-z0-9_.]{2,60}$/);
export const dashboardCharts = ['indicators', 'trend', 'children', 'map'] as const;
export type DashboardChart = (typeof dashboardCharts)[number];

export const dashboardQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  indicator: indicatorKey.optional(),
});

const figureUnit = z.enum(['count', 'vnd', 'percent']);
export const dashboardView = z.object({
  unit: z.object({ id: z.number(), name: z.string(), kind: z.string(), parentId: z.number().nullable() }),
  year: z.number(),
  indicator: z.string(),
  /** When the snapshots read here were computed; null before the first refresh. */
  computedAt: z.string().nullable(),
  indicators: z.array(z.object({ key: z.string(), vi: z.string(), en: z.string(), unit: figureUnit })),
  /** This year so far against the unit's targets; progress in percent, null without a target. */
  keyIndicators: z.array(
    z.object({
      key: z.string(),
      vi: z.string(),
      en: z.string(),
      unit: figureUnit,
      value: z.number(),
      target: z.number().nullable(),
      progress: z.number().nullable(),
    }),
  ),
  /** The last 8 quarters up to the chosen year's end, oldest first. */
  trend: z.array(z.object({ quarter: z.string(), periodStart: z.string(), value: z.number() })),
  top: z.array(z.object({ unitId: z.number(), name: z.string(), value: z.number() })),
  bottom: z.array(z.object({ unitId: z.number(), name: z.string(), value: z.number() })),
  /** Provinces under (or above) the unit, by 2025 GSO code, with their province federation. */
  map: z.array(z.object({ provinceCode: z.string(), unitId: z.number(), name: z.string(), value: z.number() })),
});
export type DashboardView = z.infer<typeof dashboardView>;

export const indicatorTargetBody = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  indicator: indicatorKey,
  target: z.number().min(0).max(1e15),
});
export type IndicatorTargetInput = z.infer<typeof indicatorTargetBody>;
export const dashboardParams = z.object({ unitId: id });
